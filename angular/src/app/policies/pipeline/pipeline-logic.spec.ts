import { Permissions } from '../../core/auth/permissions';
import { applicationQueryParams, applicationRequest, parseApplicationQuery } from './application-query';
import { applicationActions, funnelChartOption, grantRate, isOpenStage, materialsComplete } from './pipeline-logic';

const P = Permissions.policyApplications;
const officer = new Set([P.default, P.recommend, P.districtReview]);
const reviewer = new Set([P.default, P.municipalReview, P.decide, P.funnel, P.manageBatches]);

describe('application pipeline screens', () => {
  it('offers each step at its stage and to its role only', () => {
    expect(applicationActions('Materials', officer)).toMatchObject({ materials: true, submit: true, withdraw: true, districtReview: false, score: false, decide: false });
    expect(applicationActions('Materials', reviewer)).toMatchObject({ materials: false, submit: false, withdraw: false });
    expect(applicationActions('DistrictReview', officer)).toMatchObject({ districtReview: true, materials: false, score: false });
    expect(applicationActions('DistrictReview', reviewer).districtReview).toBe(false);
    // An officer never acts at the city's stages.
    expect(applicationActions('MunicipalReview', officer)).toMatchObject({ score: false, publicity: false, rejectAtMunicipal: false, withdraw: true });
    expect(applicationActions('MunicipalReview', reviewer)).toMatchObject({ score: true, publicity: true, rejectAtMunicipal: true, decide: false });
    expect(applicationActions('Publicity', reviewer)).toMatchObject({ objections: true, decide: true, score: false });
    expect(applicationActions('Publicity', officer).decide).toBe(false);
    expect(Object.values(applicationActions('Granted', new Set([...officer, ...reviewer]))).some(Boolean)).toBe(false);
    expect(isOpenStage('Publicity')).toBe(true);
    expect(isOpenStage('Rejected')).toBe(false);
  });

  it('needs every required material uploaded or received before 初审', () => {
    expect(materialsComplete([{ required: true, status: 'Uploaded' }, { required: true, status: 'Received' }, { required: false, status: 'Missing' }])).toBe(true);
    expect(materialsComplete([{ required: true, status: 'Missing' }])).toBe(false);
    expect(materialsComplete([])).toBe(true);
  });

  it('keeps the list filters in the URL and drops what it cannot read', () => {
    const id = '0193a1b2-0000-7000-8000-000000000001';
    const query = parseApplicationQuery({ batch: id, stage: 'Publicity', overdue: 'true', page: '3', programme: 'not-a-guid', q: '  万象 ' });
    expect(query).toEqual({ programmeId: null, batchId: id, stage: 'Publicity', openOnly: false, overdue: true, mine: false, keyword: '万象', page: 3 });
    expect(parseApplicationQuery({ stage: 'Nope', page: '-1' })).toMatchObject({ stage: null, page: 1 });
    expect(applicationQueryParams(query)).toEqual({ programme: null, batch: id, stage: 'Publicity', open: null, overdue: 'true', mine: null, q: '万象', page: 3 });
    expect(applicationRequest(query)).toMatchObject({ BatchId: id, Stage: 'Publicity', Overdue: true, Mine: undefined, SkipCount: 40, MaxResultCount: 20 });
  });

  it('draws the funnel by district, most recommended on top, and computes the grant rate', () => {
    const rows = [
      { districtName: '徐汇区', recommended: 2, reachedDistrictReview: 2, reachedMunicipalReview: 1, reachedPublicity: 1, granted: 1 },
      { districtName: '浦东新区', recommended: 5, reachedDistrictReview: 4, reachedMunicipalReview: 3, reachedPublicity: 2, granted: 2 },
      { districtName: '黄浦区', recommended: 0, reachedDistrictReview: 0, reachedMunicipalReview: 0, reachedPublicity: 0, granted: 0 }
    ];
    const labels = { recommended: '推荐', reachedDistrictReview: '初审', reachedMunicipalReview: '市级评审', reachedPublicity: '公示', granted: '认定' };
    const option = funnelChartOption(rows, labels) as { yAxis: { data: string[] }; series: { name: string; data: number[] }[] };
    expect(option.yAxis.data).toEqual(['徐汇区', '浦东新区']);
    expect(option.series.map(s => s.name)).toEqual(['推荐', '初审', '市级评审', '公示', '认定']);
    expect(option.series[4].data).toEqual([1, 2]);
    expect(grantRate(rows[1])).toBe(0.4);
    expect(grantRate(rows[2])).toBeNull();
  });
});

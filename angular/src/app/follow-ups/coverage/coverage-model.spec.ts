import { CoverageReportDto } from '../../proxy/models/coverage-report-dto';
import { DistrictCoverageDto } from '../../proxy/models/district-coverage-dto';
import { coverageChartOptions, coverageTotals, metricValue, presetOf, presetPeriod } from './coverage-model';

function district(name: string, values: Partial<DistrictCoverageDto>): DistrictCoverageDto {
  return {
    districtId: name, districtName: name, activePlans: 0, onSchedulePlans: 0, overduePlans: 0, services: 0, enterprisesFollowed: 0,
    requestsRaised: 0, requestsResolved: 0, ...values
  };
}

const report: CoverageReportDto = {
  from: '2026-01-01', to: '2026-12-31', asOf: '2026-11-27',
  districts: [
    district('黄浦区', { activePlans: 8, onSchedulePlans: 6, onScheduleRate: 0.75, overduePlans: 2, medianDaysOverdue: 12.5, services: 20, enterprisesFollowed: 5,
      servicesPerEnterprisePerQuarter: 1, requestsRaised: 4, requestsResolved: 3, requestsResolvedRate: 0.75 }),
    district('徐汇区', {})
  ]
};

describe('coverage dashboard model', () => {
  it('turns presets into periods that end today at the latest', () => {
    expect(presetPeriod('thisQuarter', '2026-11-27')).toEqual({ from: '2026-10-01', to: '2026-11-27' });
    expect(presetPeriod('lastQuarter', '2026-11-27')).toEqual({ from: '2026-07-01', to: '2026-09-30' });
    expect(presetPeriod('lastQuarter', '2026-02-10')).toEqual({ from: '2025-10-01', to: '2025-12-31' });
    expect(presetPeriod('thisYear', '2026-11-27')).toEqual({ from: '2026-01-01', to: '2026-11-27' });
    expect(presetPeriod('last12Months', '2026-11-27')).toEqual({ from: '2025-11-28', to: '2026-11-27' });
    expect(presetOf({ from: '2026-01-01', to: '2026-11-27' }, '2026-11-27')).toBe('thisYear');
    expect(presetOf({ from: '2026-01-02', to: '2026-11-27' }, '2026-11-27')).toBeNull();
  });

  it('charts rates in percent and leaves districts without plans empty, not zero', () => {
    expect(metricValue(report.districts[0], 'onScheduleRate')).toBe(75);
    expect(metricValue(report.districts[1], 'onScheduleRate')).toBeNull();
    expect(metricValue(report.districts[0], 'medianDaysOverdue')).toBe(12.5);
    const options = coverageChartOptions(report, 'requestsResolvedRate', '诉求办结率', '%') as {
      xAxis: { data: string[] }; yAxis: { max?: number }; series: { data: (number | null)[]; name: string }[];
    };
    expect(options.xAxis.data).toEqual(['黄浦区', '徐汇区']);
    expect(options.yAxis.max).toBe(100);
    expect(options.series[0]).toMatchObject({ name: '诉求办结率', data: [75, null] });
    const overdue = coverageChartOptions(report, 'overduePlans', '逾期计划数', '') as { yAxis: { max?: number }; series: { data: number[] }[] };
    expect(overdue.yAxis.max).toBeUndefined();
    expect(overdue.series[0].data).toEqual([2, 0]);
  });

  it('adds the districts up for the city, with the server\'s quarters', () => {
    expect(coverageTotals(report)).toEqual({
      activePlans: 8, onSchedulePlans: 6, onScheduleRate: 0.75, overduePlans: 2, services: 20, enterprisesFollowed: 5,
      // 365 days / 91.3 ≈ 4 quarters: 20 services / 5 enterprises / 4 = 1.
      servicesPerEnterprisePerQuarter: 1, requestsRaised: 4, requestsResolved: 3, requestsResolvedRate: 0.75
    });
    expect(coverageTotals({ ...report, districts: [report.districts[1]] }).onScheduleRate).toBeNull();
  });
});

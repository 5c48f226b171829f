import { PolicyCriterionDefinition } from '../../proxy/models/policy-criterion-definition';
import { PolicyCriterionResult } from '../../proxy/models/policy-criterion-result';
import { PolicyRuleDefinition } from '../../proxy/models/policy-rule-definition';
import {
  bandRange, describeCriterion, flattenDefinition, flattenResults, formatFigure, isOpenUnverified, localName, localText, missingFactLabel, tally, unverifiedItems,
  versionInForce
} from './policy-format';

describe('policy formatting', () => {
  it('writes yuan as 万元, ratios as percentages, and a missing figure as a dash, never 0', () => {
    expect(formatFigure(12_345_600, 'Yuan', 'zh-CN')).toBe('1,234.56 万元');
    expect(formatFigure(0.0507, 'Ratio', 'zh-CN')).toBe('5.07%');
    expect(formatFigure(3, 'Years', 'en')).toBe('3 yr');
    expect(formatFigure(null, 'Yuan', 'zh-CN')).toBe('—');
    expect(formatFigure(undefined, 'Ratio', 'en')).toBe('—');
    expect(formatFigure(0, 'Count', 'zh-CN')).toBe('0');
  });

  it('reads bilingual texts in the language shown', () => {
    expect(localText({ zh: '差0.93个百分点', en: '0.93 points short' }, 'en')).toBe('0.93 points short');
    expect(localText({ zh: '差0.93个百分点', en: '0.93 points short' }, 'zh-CN')).toBe('差0.93个百分点');
    expect(localName({ nameZh: '研发投入', nameEn: 'R&D' }, 'en')).toBe('R&D');
  });

  it('flattens a criteria tree parents first and tallies the top level only', () => {
    const tree: PolicyCriterionResult[] = [
      { code: 'a', status: 'Pass' },
      { code: 'b', status: 'Fail', children: [{ code: 'b1', status: 'Fail' }, { code: 'b2', status: 'Missing', children: [{ code: 'b21', status: 'Missing' }] }] },
      { code: 'c', status: 'Missing' }
    ];
    expect(flattenResults(tree).map(r => `${r.result.code}@${r.depth}`)).toEqual(['a@0', 'b@0', 'b1@1', 'b2@1', 'b21@2', 'c@0']);
    expect(tally(tree)).toEqual({ Pass: 1, Fail: 1, Missing: 1 });
  });

  it('finds every unverified item, nested, in exemptions and in the scoring table, confirmed or not', () => {
    const definition: PolicyRuleDefinition = {
      requirements: [
        { code: 'r1', nameZh: '甲', nameEn: 'A', kind: 'Compare' },
        // Confirming clears the flag and dates it: still listed, as confirmed.
        { code: 'r2', kind: 'Any', children: [{ code: 'r2a', unverified: true, source: '[S9]' }], waivedBy: { code: 'w', unverified: false, confirmedOn: '2026-12-01' } }
      ],
      directRoutes: [{ code: 'd1', unverified: true }],
      scoring: {
        passingTotal: 60, unverified: true,
        dimensions: [{ code: 'dim', indicators: [{ code: 'i1', maxPoints: 10, unverified: true }, { code: 'i2', maxPoints: 5 }] }]
      }
    };
    const items = unverifiedItems(definition);
    expect(items.map(i => `${i.section}:${i.code}`)).toEqual(['requirements:r2a', 'requirements:w', 'directRoutes:d1', 'scoring:scoring', 'scoring:i1']);
    expect(items.filter(i => !i.confirmedOn).map(i => i.code)).toEqual(['r2a', 'd1', 'scoring', 'i1']);
    expect(isOpenUnverified({ unverified: true, confirmedOn: null })).toBe(true);
    expect(isOpenUnverified({ unverified: true, confirmedOn: '2026-12-01' })).toBe(false);
    expect(isOpenUnverified({ unverified: false })).toBe(false);
  });

  it('describes a criterion definition in words, with the threshold in the measure\'s unit', () => {
    const intensity: PolicyCriterionDefinition = { kind: 'Compare', measure: 'RdIntensity', aggregate: 'Average', years: 2, comparison: 'AtLeast', threshold: 0.03 };
    expect(describeCriterion(intensity, 'zh-CN')).toBe('近2年平均研发费用占比 ≥ 3%');
    expect(describeCriterion(intensity, 'en')).toBe('R&D expense / revenue, average of the last 2 years ≥ 3%');
    const revenue: PolicyCriterionDefinition = { kind: 'Compare', measure: 'OperatingRevenue', aggregate: 'LastYear', comparison: 'AtLeast', threshold: 10_000_000 };
    expect(describeCriterion(revenue, 'zh-CN')).toBe('上年度营业收入 ≥ 1,000 万元');
    const honour: PolicyCriterionDefinition = { kind: 'Compare', measure: 'Honours', subject: 'ChuangkeTop500Enterprise', years: 3, comparison: 'AtLeast', threshold: 1 };
    expect(describeCriterion(honour, 'zh-CN', s => (s === 'ChuangkeTop500Enterprise' ? '创客中国500强' : s))).toBe('荣誉奖项（创客中国500强，近3年） ≥ 1');
    expect(describeCriterion({ kind: 'Confirmation', confirmation: 'GovernanceStandardised' }, 'zh-CN')).toBe('经确认：公司治理规范');
    expect(describeCriterion({ kind: 'Any', children: [{}, {}] }, 'zh-CN')).toBe('以下 2 项满足其一');
    expect(describeCriterion({ kind: 'Compare', measure: 'SomethingNew', comparison: 'LessThan', threshold: 5 }, 'en')).toBe('SomethingNew < 5');
  });

  it('writes band ranges with open ends', () => {
    const table = { measure: 'RdIntensity', bands: [] };
    expect(bandRange({ from: null, to: 0.03, points: 0 }, table, 'zh-CN')).toBe('≤ 3%');
    expect(bandRange({ from: 0.03, to: 0.05, points: 5 }, table, 'zh-CN')).toBe('3% – 5%');
    expect(bandRange({ from: 0.05, to: null, points: 10 }, table, 'zh-CN')).toBe('≥ 5%');
  });

  it('lists exemptions under the criterion they exempt', () => {
    const rows = flattenDefinition([{ code: 'ip', kind: 'Compare', waivedBy: { code: 'award', kind: 'Any', children: [{ code: 'nat' }] } }, { code: 'x' }]);
    expect(rows.map(r => `${r.criterion.code}@${r.depth}:${r.role}`)).toEqual(['ip@0:criterion', 'award@1:waiver', 'nat@2:criterion', 'x@0:criterion']);
  });

  it('picks the version in force on a date by its effective dates (2026-03-31 vs 2026-04-01)', () => {
    const versions = [
      { id: 'old', effectiveFrom: '2022-08-01', effectiveTo: '2026-03-31' },
      { id: 'new', effectiveFrom: '2026-04-01', effectiveTo: null }
    ];
    expect(versionInForce(versions, '2026-03-31')?.id).toBe('old');
    expect(versionInForce(versions, '2026-04-01')?.id).toBe('new');
    expect(versionInForce(versions, '2020-01-01')).toBeNull();
  });
});

describe('missing facts in words', () => {
  it('names confirmations, yearly figures and other facts, and keeps unknown names', () => {
    expect(missingFactLabel('Confirmations.GovernanceStandardised', 'zh-CN')).toBe('待确认：公司治理规范');
    expect(missingFactLabel('MainBusinessRevenue(2025)', 'zh-CN')).toBe('主营业务收入（2025年）');
    expect(missingFactLabel('MainBusinessRevenue(2025)', 'en')).toBe('main-business revenue (2025)');
    expect(missingFactLabel('FinancingRounds', 'zh-CN')).toBe('股权融资情况');
    expect(missingFactLabel('IpClassI', 'zh-CN')).toBe('Ⅰ类知识产权');
    expect(missingFactLabel('Something.New', 'zh-CN')).toBe('Something.New');
  });
});

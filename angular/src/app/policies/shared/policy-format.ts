import { PolicyBand } from '../../proxy/models/policy-band';
import { PolicyBandTable } from '../../proxy/models/policy-band-table';
import { PolicyComparison } from '../../proxy/models/policy-comparison';
import { PolicyCriterionDefinition } from '../../proxy/models/policy-criterion-definition';
import { PolicyCriterionResult } from '../../proxy/models/policy-criterion-result';
import { PolicyCriterionStatus } from '../../proxy/models/policy-criterion-status';
import { PolicyMeasureUnit } from '../../proxy/models/policy-measure-unit';
import { PolicyOutcome } from '../../proxy/models/policy-outcome';
import { PolicyRuleDefinition } from '../../proxy/models/policy-rule-definition';
import { PolicyText } from '../../proxy/models/policy-text';
import { PolicyYearAggregate } from '../../proxy/models/policy-year-aggregate';
import { CONFIRMATION_LABELS, MEASURES, MeasureUnit } from './measure-catalog';

export type Lang = 'zh-CN' | 'en';

/** A server text in both languages, in the one shown. */
export function localText(text: PolicyText | null | undefined, lang: Lang): string {
  return text ? (lang === 'en' ? text.en : text.zh) : '';
}

/** A bilingual name (nameZh/nameEn), in the language shown. */
export function localName(item: { nameZh?: string; nameEn?: string } | null | undefined, lang: Lang): string {
  return (lang === 'en' ? item?.nameEn : item?.nameZh) ?? item?.nameZh ?? '';
}

const SYMBOLS: Record<PolicyComparison, string> = { AtLeast: '≥', AtMost: '≤', GreaterThan: '>', LessThan: '<', EqualTo: '=' };

export function comparisonSymbol(comparison: PolicyComparison | null | undefined): string {
  return comparison ? SYMBOLS[comparison] : '';
}

function trimNumber(value: number, digits: number): string {
  return Number(value.toFixed(digits)).toLocaleString('en-US', { maximumFractionDigits: digits });
}

/**
 * A figure as people read it: yuan in 万元 (two decimals), ratios as percentages, years and points with their unit.
 * A missing figure is '—' (never 0).
 */
export function formatFigure(value: number | null | undefined, unit: PolicyMeasureUnit | MeasureUnit | null | undefined, lang: Lang): string {
  if (value === null || value === undefined || Number.isNaN(value)) {
    return '—';
  }
  const en = lang === 'en';
  switch (unit) {
    case 'Yuan':
      return en ? `${trimNumber(value / 10_000, 2)} × 10k yuan` : `${trimNumber(value / 10_000, 2)} 万元`;
    case 'Ratio':
      return `${trimNumber(value * 100, 2)}%`;
    case 'Years':
      return en ? `${trimNumber(value, 2)} yr` : `${trimNumber(value, 2)} 年`;
    case 'Points':
      return en ? `${trimNumber(value, 2)} pt` : `${trimNumber(value, 2)} 分`;
    case 'Level':
      return en ? `level ${trimNumber(value, 0)}` : `${trimNumber(value, 0)} 级`;
    default:
      return trimNumber(value, 2);
  }
}

export type TagColor = 'success' | 'error' | 'warning' | 'default' | 'processing';

export function statusColor(status: PolicyCriterionStatus | null | undefined): TagColor {
  return status === 'Pass' ? 'success' : status === 'Fail' ? 'error' : status === 'Missing' ? 'warning' : 'default';
}

export function outcomeColor(outcome: PolicyOutcome | null | undefined): TagColor {
  return outcome === 'Eligible' ? 'success' : outcome === 'NotEligible' ? 'error' : outcome === 'NeedsEvidence' ? 'warning' : 'default';
}

/** One line of a criteria table: the result and how deep it sits under all/any groups. */
export interface CriterionRow {
  result: PolicyCriterionResult;
  depth: number;
}

/** A criteria tree as table rows, parents before their children. */
export function flattenResults(results: readonly PolicyCriterionResult[] | null | undefined, depth = 0): CriterionRow[] {
  const rows: CriterionRow[] = [];
  for (const result of results ?? []) {
    rows.push({ result, depth });
    rows.push(...flattenResults(result.children, depth + 1));
  }
  return rows;
}

/** Count of pass / fail / missing over a tree's top level (what decides the outcome). */
export function tally(results: readonly PolicyCriterionResult[] | null | undefined): Record<PolicyCriterionStatus, number> {
  const counts: Record<PolicyCriterionStatus, number> = { Pass: 0, Fail: 0, Missing: 0 };
  for (const result of results ?? []) {
    if (result.status) {
      counts[result.status]++;
    }
  }
  return counts;
}

/**
 * An item of a rule definition that shipped unverified: a criterion, an indicator or the scoring table ('scoring').
 * Confirming one clears its `unverified` flag and sets `confirmedOn`, so either marks an item that shipped unverified.
 */
export interface UnverifiedItem {
  code: string;
  nameZh: string;
  nameEn: string;
  source: string | null;
  confirmedOn: string | null;
  /** Where it sits (requirements, directRoutes, scoring). */
  section: 'requirements' | 'directRoutes' | 'scoring';
}

/** Every item that shipped unverified, confirmed or not, in the order they appear. */
export function unverifiedItems(definition: PolicyRuleDefinition | null | undefined): UnverifiedItem[] {
  const items: UnverifiedItem[] = [];
  const visit = (c: PolicyCriterionDefinition | null | undefined, section: UnverifiedItem['section']): void => {
    if (!c) {
      return;
    }
    if (c.unverified || c.confirmedOn) {
      items.push({ code: c.code ?? '', nameZh: c.nameZh ?? '', nameEn: c.nameEn ?? '', source: c.source ?? null, confirmedOn: c.confirmedOn ?? null, section });
    }
    for (const child of c.children ?? []) {
      visit(child, section);
    }
    visit(c.waivedBy, section);
  };
  for (const c of definition?.requirements ?? []) {
    visit(c, 'requirements');
  }
  for (const c of definition?.directRoutes ?? []) {
    visit(c, 'directRoutes');
  }
  const scoring = definition?.scoring;
  if (scoring) {
    if (scoring.unverified) {
      items.push({ code: 'scoring', nameZh: '评分表', nameEn: 'Scoring table', source: scoring.source ?? null, confirmedOn: null, section: 'scoring' });
    }
    for (const dimension of scoring.dimensions ?? []) {
      for (const indicator of dimension.indicators ?? []) {
        if (indicator.unverified || indicator.confirmedOn) {
          items.push({
            code: indicator.code ?? '', nameZh: indicator.nameZh ?? '', nameEn: indicator.nameEn ?? '', source: indicator.source ?? null,
            confirmedOn: indicator.confirmedOn ?? null, section: 'scoring'
          });
        }
      }
    }
  }
  return items;
}

/** Still waiting for an administrator: flagged unverified and not confirmed since. */
export function isOpenUnverified(item: { unverified?: boolean; confirmedOn?: string | null }): boolean {
  return !!item.unverified && !item.confirmedOn;
}

const AGGREGATE_TEXT: Record<PolicyYearAggregate, { zh: (n: number) => string; en: (n: number) => string }> = {
  LastYear: { zh: () => '上年度', en: () => 'last year' },
  EachYear: { zh: n => `近${n}年每年`, en: n => `each of the last ${n} years` },
  Average: { zh: n => `近${n}年平均`, en: n => `average of the last ${n} years` },
  Total: { zh: n => `近${n}年合计`, en: n => `total of the last ${n} years` }
};

export function measureLabel(measure: string | null | undefined, lang: Lang): string {
  if (!measure) {
    return '';
  }
  const info = MEASURES[measure];
  return info ? (lang === 'en' ? info.en : info.zh) : measure;
}

export function measureUnit(measure: string | null | undefined): MeasureUnit | null {
  return (measure && MEASURES[measure]?.unit) || null;
}

/** How a measure is read over the years, and its subject, as a phrase: "近3年平均 研发费用占比", "荣誉奖项（HighTechEnterprise，近3年）". */
export function measurePhrase(
  source: { measure?: string | null; subject?: string | null; years?: number | null; aggregate?: PolicyYearAggregate | null },
  lang: Lang,
  subjectLabel: (subject: string) => string = s => s
): string {
  const label = measureLabel(source.measure, lang);
  const years = source.years ?? 1;
  if (source.aggregate) {
    const prefix = AGGREGATE_TEXT[source.aggregate][lang === 'en' ? 'en' : 'zh'](years);
    return lang === 'en' ? `${label}, ${prefix}` : `${prefix}${label}`;
  }
  const parts: string[] = [];
  if (source.subject) {
    parts.push(subjectLabel(source.subject));
  }
  if (source.years) {
    parts.push(lang === 'en' ? `within ${source.years} years` : `近${source.years}年`);
  }
  return parts.length ? `${label}（${parts.join(lang === 'en' ? ', ' : '，')}）` : label;
}

/** A criterion definition's test in words: "近3年平均研发费用占比 ≥ 3%", "确认：公司治理规范", "全部满足（3 项）". */
export function describeCriterion(c: PolicyCriterionDefinition, lang: Lang, subjectLabel?: (subject: string) => string): string {
  const en = lang === 'en';
  switch (c.kind) {
    case 'Compare': {
      const threshold = formatFigure(c.threshold, measureUnit(c.measure), lang);
      const rank = c.maxRank ? (en ? `, rank ≤ ${c.maxRank}` : `，排名前${c.maxRank}`) : '';
      return `${measurePhrase(c, lang, subjectLabel)} ${comparisonSymbol(c.comparison)} ${threshold}${rank}`;
    }
    case 'Confirmation': {
      const label = c.confirmation ? CONFIRMATION_LABELS[c.confirmation] : undefined;
      const name = label ? (en ? label.en : label.zh) : (c.confirmation ?? '');
      return en ? `Confirmed: ${name}` : `经确认：${name}`;
    }
    case 'All':
      return en ? `All of ${c.children?.length ?? 0}` : `以下 ${c.children?.length ?? 0} 项全部满足`;
    case 'Any':
      return en ? `Any one of ${c.children?.length ?? 0}` : `以下 ${c.children?.length ?? 0} 项满足其一`;
    case 'Score':
      return en ? 'The scoring table passes (total and every dimension minimum)' : '评分达标（总分及各维度最低分）';
    default:
      return '';
  }
}

/** A band's range in words, e.g. "[5%, 10%)" read for the rule's boundary: "5%–10%", "≥ 10%", "< 5%". */
export function bandRange(band: PolicyBand, table: PolicyBandTable, lang: Lang): string {
  const unit = measureUnit(table.measure);
  const from = band.from === null || band.from === undefined ? null : formatFigure(band.from, unit, lang);
  const to = band.to === null || band.to === undefined ? null : formatFigure(band.to, unit, lang);
  if (from && to) {
    return `${from} – ${to}`;
  }
  if (from) {
    return `≥ ${from}`;
  }
  if (to) {
    return `≤ ${to}`;
  }
  return lang === 'en' ? 'any' : '任意';
}

/** One definition criterion as a row of the readable view, with its depth and the role it plays. */
export interface DefinitionRow {
  criterion: PolicyCriterionDefinition;
  depth: number;
  /** 'waiver' for an exemption attached to the criterion above it. */
  role: 'criterion' | 'waiver';
}

export function flattenDefinition(criteria: readonly PolicyCriterionDefinition[] | null | undefined, depth = 0): DefinitionRow[] {
  const rows: DefinitionRow[] = [];
  for (const criterion of criteria ?? []) {
    rows.push({ criterion, depth, role: 'criterion' });
    rows.push(...flattenDefinition(criterion.children, depth + 1));
    if (criterion.waivedBy) {
      rows.push({ criterion: criterion.waivedBy, depth: depth + 1, role: 'waiver' });
      rows.push(...flattenDefinition(criterion.waivedBy.children, depth + 2));
    }
  }
  return rows;
}

/** Which version is in force on a date (yyyy-MM-dd), by effective dates; null when none is. */
export function versionInForce<T extends { effectiveFrom?: string; effectiveTo?: string | null }>(versions: readonly T[], date: string): T | null {
  return versions.find(v => (v.effectiveFrom ?? '') <= date && (!v.effectiveTo || date <= v.effectiveTo)) ?? null;
}

const OTHER_FACTS: Readonly<Record<string, { zh: string; en: string }>> = {
  FinancingRounds: { zh: '股权融资情况', en: 'equity financing rounds' },
  Titles: { zh: '已获称号', en: 'titles held' },
  FoundedOn: { zh: '成立日期', en: 'founding date' },
  Years: { zh: '年度经营数据', en: 'yearly figures' }
};

/**
 * A fact the server names as missing, in words: "Confirmations.GovernanceStandardised" → 待确认：公司治理规范,
 * "MainBusinessRevenue(2025)" → 主营业务收入（2025年）; a name it does not know stays as it is.
 */
export function missingFactLabel(fact: string, lang: Lang): string {
  const en = lang === 'en';
  const confirmation = /^Confirmations\.(\w+)$/.exec(fact);
  if (confirmation) {
    const label = CONFIRMATION_LABELS[confirmation[1]];
    return label ? (en ? `confirm: ${label.en}` : `待确认：${label.zh}`) : fact;
  }
  const yearly = /^(\w+)\((\d{4})\)$/.exec(fact);
  if (yearly && MEASURES[yearly[1]]) {
    return en ? `${MEASURES[yearly[1]].en} (${yearly[2]})` : `${MEASURES[yearly[1]].zh}（${yearly[2]}年）`;
  }
  const other = OTHER_FACTS[fact];
  if (other) {
    return en ? other.en : other.zh;
  }
  return MEASURES[fact] ? measureLabel(fact, lang) : fact;
}

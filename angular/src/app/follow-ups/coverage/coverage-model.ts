import type { EChartsCoreOption } from 'echarts/core';
import { CoverageReportDto } from '../../proxy/models/coverage-report-dto';
import { DistrictCoverageDto } from '../../proxy/models/district-coverage-dto';
import { addDays, daysBetween } from '../../shared/format/date-only';

export type CoveragePreset = 'thisQuarter' | 'lastQuarter' | 'thisYear' | 'last12Months';
export const COVERAGE_PRESETS: readonly CoveragePreset[] = ['thisQuarter', 'lastQuarter', 'thisYear', 'last12Months'];

export interface Period {
  from: string;
  to: string;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The period a preset means on `today` (yyyy-MM-dd): quarters are calendar quarters; periods end today at the latest. */
export function presetPeriod(preset: CoveragePreset, today: string): Period {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const quarterStart = Math.floor((month - 1) / 3) * 3 + 1;
  switch (preset) {
    case 'thisQuarter':
      return { from: `${year}-${pad(quarterStart)}-01`, to: today };
    case 'lastQuarter': {
      const startMonth = quarterStart === 1 ? 10 : quarterStart - 3;
      const startYear = quarterStart === 1 ? year - 1 : year;
      return { from: `${startYear}-${pad(startMonth)}-01`, to: addDays(`${year}-${pad(quarterStart)}-01`, -1) };
    }
    case 'thisYear':
      return { from: `${year}-01-01`, to: today };
    case 'last12Months':
      return { from: addDays(`${year - 1}${today.slice(4)}`, 1), to: today };
  }
}

/** The preset a period is, if any (to highlight the matching button). */
export function presetOf(period: Period, today: string): CoveragePreset | null {
  return COVERAGE_PRESETS.find(p => {
    const candidate = presetPeriod(p, today);
    return candidate.from === period.from && candidate.to === period.to;
  }) ?? null;
}

export type CoverageMetric = 'onScheduleRate' | 'overduePlans' | 'medianDaysOverdue' | 'servicesPerEnterprise' | 'requestsResolvedRate';
export const COVERAGE_METRICS: readonly CoverageMetric[] = ['onScheduleRate', 'overduePlans', 'medianDaysOverdue', 'servicesPerEnterprise', 'requestsResolvedRate'];

/** A district's value of a metric as charted: rates in percent (one decimal), null when there is nothing to measure. */
export function metricValue(row: DistrictCoverageDto, metric: CoverageMetric): number | null {
  const percent = (rate: number | null | undefined) => (rate === null || rate === undefined ? null : Math.round(rate * 1000) / 10);
  switch (metric) {
    case 'onScheduleRate':
      return percent(row.onScheduleRate);
    case 'overduePlans':
      return row.overduePlans;
    case 'medianDaysOverdue':
      return row.medianDaysOverdue ?? null;
    case 'servicesPerEnterprise':
      return row.servicesPerEnterprisePerQuarter ?? null;
    case 'requestsResolvedRate':
      return percent(row.requestsResolvedRate);
  }
}

const METRIC_COLORS: Record<CoverageMetric, string> = {
  onScheduleRate: '#52c41a',
  overduePlans: '#ff4d4f',
  medianDaysOverdue: '#fa8c16',
  servicesPerEnterprise: '#1677ff',
  requestsResolvedRate: '#13c2c2'
};

const IS_RATE: Record<CoverageMetric, boolean> = {
  onScheduleRate: true, overduePlans: false, medianDaysOverdue: false, servicesPerEnterprise: false, requestsResolvedRate: true
};

/** One bar per district for the chosen metric, in the districts' order; rates on a 0–100 % axis. */
export function coverageChartOptions(report: CoverageReportDto, metric: CoverageMetric, label: string, unit: string): EChartsCoreOption {
  const rate = IS_RATE[metric];
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 16, bottom: 8, top: 36, containLabel: true },
    xAxis: { type: 'category', data: report.districts.map(d => d.districtName), axisLabel: { interval: 0, rotate: report.districts.length > 8 ? 40 : 0 } },
    yAxis: { type: 'value', name: unit, ...(rate ? { min: 0, max: 100 } : { minInterval: metric === 'overduePlans' ? 1 : undefined }) },
    series: [
      {
        name: label,
        type: 'bar',
        data: report.districts.map(d => metricValue(d, metric)),
        itemStyle: { color: METRIC_COLORS[metric] },
        label: { show: report.districts.length <= 16, position: 'top', fontSize: 11 }
      }
    ]
  };
}

export interface CoverageTotals {
  activePlans: number;
  onSchedulePlans: number;
  onScheduleRate: number | null;
  overduePlans: number;
  services: number;
  enterprisesFollowed: number;
  servicesPerEnterprisePerQuarter: number | null;
  requestsRaised: number;
  requestsResolved: number;
  requestsResolvedRate: number | null;
}

/** The city's figures from the districts' (a median of medians means nothing, so there is none). */
export function coverageTotals(report: CoverageReportDto): CoverageTotals {
  const sum = (pick: (d: DistrictCoverageDto) => number) => report.districts.reduce((total, d) => total + pick(d), 0);
  const active = sum(d => d.activePlans);
  const onSchedule = sum(d => d.onSchedulePlans);
  const services = sum(d => d.services);
  const enterprises = sum(d => d.enterprisesFollowed);
  const raised = sum(d => d.requestsRaised);
  const resolved = sum(d => d.requestsResolved);
  // The server's quarters: the period's days / 91.3, at least one.
  const quarters = Math.max(1, (daysBetween(report.from, report.to) + 1) / 91.3);
  return {
    activePlans: active,
    onSchedulePlans: onSchedule,
    onScheduleRate: active === 0 ? null : onSchedule / active,
    overduePlans: sum(d => d.overduePlans),
    services,
    enterprisesFollowed: enterprises,
    servicesPerEnterprisePerQuarter: enterprises === 0 ? null : Math.round((services / enterprises / quarters) * 100) / 100,
    requestsRaised: raised,
    requestsResolved: resolved,
    requestsResolvedRate: raised === 0 ? null : resolved / raised
  };
}

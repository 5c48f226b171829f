import type { EChartsCoreOption } from 'echarts/core';
import { Permissions } from '../../core/auth/permissions';

/** The stages of an application (the server's PolicyApplicationStage), working stages first. */
export const STAGES = ['Materials', 'DistrictReview', 'MunicipalReview', 'Publicity', 'Granted', 'Rejected', 'Withdrawn'] as const;
export type Stage = (typeof STAGES)[number];
export const OPEN_STAGES: readonly Stage[] = ['Materials', 'DistrictReview', 'MunicipalReview', 'Publicity'];

export function isOpenStage(stage: string | null | undefined): boolean {
  return OPEN_STAGES.includes(stage as Stage);
}

export function stageColor(stage: string | null | undefined): string {
  switch (stage) {
    case 'Materials':
      return 'default';
    case 'DistrictReview':
      return 'blue';
    case 'MunicipalReview':
      return 'geekblue';
    case 'Publicity':
      return 'purple';
    case 'Granted':
      return 'success';
    case 'Rejected':
      return 'error';
    case 'Withdrawn':
      return 'default';
    default:
      return 'default';
  }
}

/** What the application page offers the caller: each step only at its stage and with its permission (the server checks again). */
export interface ApplicationActions {
  materials: boolean;
  submit: boolean;
  withdraw: boolean;
  districtReview: boolean;
  score: boolean;
  publicity: boolean;
  rejectAtMunicipal: boolean;
  objections: boolean;
  decide: boolean;
}

export interface MaterialLike {
  required?: boolean;
  status?: string;
}

/** Every required checklist item is uploaded or received: the application can go to 初审. */
export function materialsComplete(materials: readonly MaterialLike[] | null | undefined): boolean {
  return (materials ?? []).every(m => !m.required || m.status === 'Uploaded' || m.status === 'Received');
}

export function applicationActions(stage: string | null | undefined, granted: ReadonlySet<string>): ApplicationActions {
  const p = Permissions.policyApplications;
  const can = (permission: string): boolean => granted.has(permission);
  return {
    materials: stage === 'Materials' && can(p.recommend),
    submit: stage === 'Materials' && can(p.recommend),
    withdraw: isOpenStage(stage) && can(p.recommend),
    districtReview: stage === 'DistrictReview' && can(p.districtReview),
    score: stage === 'MunicipalReview' && can(p.municipalReview),
    publicity: stage === 'MunicipalReview' && can(p.municipalReview),
    rejectAtMunicipal: stage === 'MunicipalReview' && can(p.municipalReview),
    objections: stage === 'Publicity' && can(p.municipalReview),
    decide: stage === 'Publicity' && can(p.decide)
  };
}

/** A funnel row as the server sends it (PolicyFunnelRowDto). */
export interface FunnelRow {
  districtName: string;
  recommended: number;
  reachedDistrictReview: number;
  reachedMunicipalReview: number;
  reachedPublicity: number;
  granted: number;
  rejected?: number;
  withdrawn?: number;
  open?: number;
}

export const FUNNEL_STEPS = ['recommended', 'reachedDistrictReview', 'reachedMunicipalReview', 'reachedPublicity', 'granted'] as const;

/** Share of the recommended that were granted (0–1), null with none recommended. */
export function grantRate(row: Pick<FunnelRow, 'recommended' | 'granted'>): number | null {
  return row.recommended > 0 ? row.granted / row.recommended : null;
}

/**
 * The funnel by district as grouped horizontal bars, one series per step (推荐 → 初审 → 市级评审 → 公示 → 认定), districts
 * with most recommendations on top.
 */
export function funnelChartOption(rows: readonly FunnelRow[], stepLabels: Record<(typeof FUNNEL_STEPS)[number], string>): EChartsCoreOption {
  const sorted = [...rows].filter(r => r.recommended > 0).sort((a, b) => a.recommended - b.recommended);
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: sorted.map(r => r.districtName) },
    series: FUNNEL_STEPS.map(step => ({
      name: stepLabels[step],
      type: 'bar',
      data: sorted.map(r => r[step]),
      emphasis: { focus: 'series' }
    }))
  };
}

import { MessageKey } from '../core/i18n/messages.zh-CN';
import { Permissions, Roles } from '../core/auth/permissions';
import { EnterpriseGetList$Params } from '../proxy/fn/enterprise/enterprise-get-list';

/** A real count read from a list endpoint's totalCount. */
export interface CountMetric {
  kind: 'count';
  id: string;
  label: MessageKey;
  source: CountSource;
  /** Extra enterprise filters for the count, also used for the card's link. */
  filter?: EnterpriseGetList$Params;
  link: string;
  /** Query parameters of the card's link (when not derived from `filter`). */
  linkQuery?: Record<string, string>;
  permission: string;
  /** A share (0–1) shown as a percentage, or a plain count. */
  format?: 'count' | 'percent';
}

/**
 * Where a count comes from: a list's totalCount, or the coverage report (overdue plans, on-schedule share
 * as of today; a district officer's report covers their district), or the unread notifications.
 */
export type CountSource =
  | 'enterprises' | 'editions' | 'users' | 'plansDueSoon' | 'plansOverdue' | 'onScheduleRate' | 'myOpenRequests' | 'unreadNotifications'
  | 'profiles' | 'introductions' | 'applicationsOpen' | 'applicationsAwaitingMunicipal' | 'applicationsToRecommend';

/** A figure a later module provides; shown as 即将上线, never as a number. */
export interface PlannedMetric {
  kind: 'planned';
  id: string;
  label: MessageKey;
  module: MessageKey;
}

export type HomeMetric = CountMetric | PlannedMetric;

const enterpriseTotal: CountMetric = {
  kind: 'count', id: 'enterprises', label: 'home.enterpriseTotal', source: 'enterprises', link: '/enterprises', permission: Permissions.enterprises.default
};
const districtEnterprises: CountMetric = { ...enterpriseTotal, id: 'district-enterprises', label: 'home.districtEnterprises' };
const makerTeams: CountMetric = {
  ...enterpriseTotal, id: 'maker-teams', label: 'home.makerTeams', filter: { Kind: 'MakerTeam' }
};
const nationalTop500: CountMetric = {
  ...enterpriseTotal, id: 'top500', label: 'home.nationalTop500', filter: { NationalAdvancement: 'EnterpriseTop500' }
};
const editions: CountMetric = {
  kind: 'count', id: 'editions', label: 'home.editions', source: 'editions', link: '/contests', permission: Permissions.contests.default
};
const users: CountMetric = {
  kind: 'count', id: 'users', label: 'home.users', source: 'users', link: '/admin/users', permission: Permissions.users.default
};

const dueSoon: CountMetric = {
  kind: 'count', id: 'due', label: 'home.followUpsDueSoon', source: 'plansDueSoon', link: '/follow-ups', linkQuery: { due: '7' },
  permission: Permissions.followUps.default
};
const overdue: CountMetric = {
  kind: 'count', id: 'overdue', label: 'home.followUpsOverdue', source: 'plansOverdue', link: '/follow-ups', permission: Permissions.followUps.coverage
};
const overdueCity: CountMetric = { ...overdue, label: 'home.followUpsOverdueCity', link: '/follow-ups/coverage' };
const onScheduleRate: CountMetric = {
  kind: 'count', id: 'coverage', label: 'home.onScheduleRate', source: 'onScheduleRate', link: '/follow-ups/coverage',
  permission: Permissions.followUps.coverage, format: 'percent'
};
const myOpenRequests: CountMetric = {
  kind: 'count', id: 'requests', label: 'home.openRequests', source: 'myOpenRequests', link: '/follow-ups/requests', linkQuery: { mine: 'true' },
  permission: Permissions.followUps.services
};
const unread: CountMetric = {
  kind: 'count', id: 'unread', label: 'home.unreadNotifications', source: 'unreadNotifications', link: '/notifications', permission: ''
};

/** The search's total with no filter: the profiles the caller may see (published ones; an officer also their district's drafts). */
const profiles: CountMetric = {
  kind: 'count', id: 'profiles', label: 'home.publishedProfiles', source: 'profiles', link: '/profiles', permission: Permissions.profileSearch.default
};
/** Introductions in the caller's scope: an investor's institution's (我的对接), an officer's district's (对接请求). */
const myIntroductions: CountMetric = {
  kind: 'count', id: 'introductions', label: 'home.introductions', source: 'introductions', link: '/introductions', permission: Permissions.introductions
};
const districtIntroductions: CountMetric = { ...myIntroductions, label: 'home.introductionsOfficer' };

/** 进行中的扶持申报: the open applications in the caller's scope (the list's totalCount with OpenOnly). */
const openApplications: CountMetric = {
  kind: 'count', id: 'applications', label: 'home.openApplications', source: 'applicationsOpen', link: '/policies/applications',
  linkQuery: { open: 'true' }, permission: Permissions.policyApplications.default
};
/** 待市级审核的申报: at 市级评审 (the list's totalCount with Stage=MunicipalReview). */
const pendingReviews: CountMetric = {
  kind: 'count', id: 'reviews', label: 'home.pendingReviews', source: 'applicationsAwaitingMunicipal', link: '/policies/applications',
  linkQuery: { stage: 'MunicipalReview' }, permission: Permissions.policyApplications.default
};
/** 待推荐入库企业: eligible by their latest assessment for a programme with an open batch, not yet recommended to it (the pipeline's summary). */
const toRecommend: CountMetric = {
  kind: 'count', id: 'recommend', label: 'home.recommendations', source: 'applicationsToRecommend', link: '/policies/batches',
  permission: Permissions.policyApplications.recommend
};

const planned = (id: string, label: MessageKey, module: MessageKey): PlannedMetric => ({ kind: 'planned', id, label, module });

/** What each role's home page shows, most important first. */
export const HOME_METRICS_BY_ROLE: Record<string, HomeMetric[]> = {
  [Roles.municipalAdmin]: [
    enterpriseTotal, editions, users, onScheduleRate, overdueCity, openApplications
  ],
  [Roles.municipalReviewer]: [
    enterpriseTotal, nationalTop500, pendingReviews, onScheduleRate, overdueCity, unread
  ],
  [Roles.districtOfficer]: [
    dueSoon, overdue, myOpenRequests, toRecommend, districtEnterprises, makerTeams, districtIntroductions, unread
  ],
  [Roles.investor]: [
    profiles, myIntroductions, editions,
    planned('roadshows', 'home.roadshows', 'module.matchmaking')
  ]
};

/** The metrics of the user's first known role, keeping only counts the user may read. */
export function metricsFor(roles: readonly string[], granted: ReadonlySet<string>): HomeMetric[] {
  const role = roles.find(r => r in HOME_METRICS_BY_ROLE);
  const metrics = role ? HOME_METRICS_BY_ROLE[role] : [enterpriseTotal, editions];
  return metrics.filter(m => m.kind === 'planned' || !m.permission || granted.has(m.permission));
}

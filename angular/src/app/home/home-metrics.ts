import { MessageKey } from '../core/i18n/messages.zh-CN';
import { Permissions, Roles } from '../core/auth/permissions';
import { EnterpriseGetList$Params } from '../proxy/fn/enterprise/enterprise-get-list';

/** A real count read from a list endpoint's totalCount. */
export interface CountMetric {
  kind: 'count';
  id: string;
  label: MessageKey;
  source: 'enterprises' | 'editions' | 'users';
  /** Extra enterprise filters for the count, also used for the card's link. */
  filter?: EnterpriseGetList$Params;
  link: string;
  permission: string;
}

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

const planned = (id: string, label: MessageKey, module: MessageKey): PlannedMetric => ({ kind: 'planned', id, label, module });

/** What each role's home page shows, most important first. */
export const HOME_METRICS_BY_ROLE: Record<string, HomeMetric[]> = {
  [Roles.municipalAdmin]: [
    enterpriseTotal, editions, users,
    planned('coverage', 'home.followUpCoverage', 'module.followUps'),
    planned('applications', 'home.openApplications', 'module.policies')
  ],
  [Roles.municipalReviewer]: [
    enterpriseTotal, nationalTop500,
    planned('reviews', 'home.pendingReviews', 'module.policies'),
    planned('coverage', 'home.followUpCoverage', 'module.followUps')
  ],
  [Roles.districtOfficer]: [
    districtEnterprises, makerTeams,
    planned('due', 'home.followUpsDue', 'module.followUps'),
    planned('overdue', 'home.followUpsOverdue', 'module.followUps'),
    planned('recommend', 'home.recommendations', 'module.policies')
  ],
  [Roles.investor]: [
    editions,
    planned('profiles', 'home.publishedProfiles', 'module.profiles'),
    planned('introductions', 'home.introductions', 'module.matchmaking'),
    planned('roadshows', 'home.roadshows', 'module.matchmaking')
  ]
};

/** The metrics of the user's first known role, keeping only counts the user may read. */
export function metricsFor(roles: readonly string[], granted: ReadonlySet<string>): HomeMetric[] {
  const role = roles.find(r => r in HOME_METRICS_BY_ROLE);
  const metrics = role ? HOME_METRICS_BY_ROLE[role] : [enterpriseTotal, editions];
  return metrics.filter(m => m.kind === 'planned' || granted.has(m.permission));
}

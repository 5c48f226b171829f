import { MessageKey } from '../i18n/messages.zh-CN';
import { Permissions } from '../auth/permissions';

export interface MenuEntry {
  path: string;
  label: MessageKey;
  icon: string;
  /** The server permission the entry (and its route guard) requires; none for everyone signed in. */
  permission?: string;
  /** Highlighted on its own path only (not on the paths below it). */
  exact?: boolean;
  /** Another label for holders of a permission (an investor's introductions are 我的对接). */
  labelWhen?: { permission: string; label: MessageKey };
}

export interface MenuGroup {
  label: MessageKey;
  icon: string;
  entries: MenuEntry[];
}

export const MAIN_MENU: MenuEntry[] = [
  { path: '/', label: 'nav.home', icon: 'home', exact: true },
  { path: '/enterprises', label: 'nav.enterprises', icon: 'shop', permission: Permissions.enterprises.default },
  { path: '/follow-ups', label: 'nav.followUps', icon: 'schedule', permission: Permissions.followUps.default, exact: true },
  { path: '/follow-ups/requests', label: 'nav.requests', icon: 'message', permission: Permissions.followUps.default },
  { path: '/follow-ups/coverage', label: 'nav.coverage', icon: 'bar-chart', permission: Permissions.followUps.coverage },
  { path: '/profiles', label: 'nav.profiles', icon: 'file-search', permission: Permissions.profileSearch.default },
  {
    path: '/introductions', label: 'nav.introductions', icon: 'link', permission: Permissions.introductions,
    labelWhen: { permission: Permissions.profileSearch.expressInterest, label: 'nav.myIntroductions' }
  },
  { path: '/policies', label: 'nav.policyProgrammes', icon: 'solution', permission: Permissions.policies.default, exact: true },
  { path: '/policies/calculator', label: 'nav.policyCalculator', icon: 'calculator', permission: Permissions.policies.calculate },
  { path: '/policies/applications', label: 'nav.applications', icon: 'project', permission: Permissions.policyApplications.default },
  { path: '/policies/batches', label: 'nav.batches', icon: 'calendar', permission: Permissions.policyApplications.default },
  { path: '/policies/funnel', label: 'nav.funnel', icon: 'fund', permission: Permissions.policyApplications.funnel },
  { path: '/imports', label: 'nav.imports', icon: 'upload', permission: Permissions.imports.default },
  { path: '/contests', label: 'nav.contests', icon: 'trophy', permission: Permissions.contests.default }
];

export const ADMIN_MENU: MenuGroup = {
  label: 'nav.administration',
  icon: 'setting',
  entries: [
    { path: '/admin/users', label: 'nav.users', icon: 'team', permission: Permissions.users.default },
    { path: '/admin/roles', label: 'nav.roles', icon: 'safety-certificate', permission: Permissions.roles.default },
    { path: '/admin/audit-logs', label: 'nav.auditLogs', icon: 'audit', permission: Permissions.auditLogs },
    { path: '/admin/follow-up-policies', label: 'nav.followUpPolicies', icon: 'field-time', permission: Permissions.followUps.policies },
    { path: '/admin/holiday-calendars', label: 'nav.holidayCalendars', icon: 'calendar', permission: Permissions.followUps.calendar },
    { path: '/admin/industry-fields', label: 'nav.industryFields', icon: 'apartment', permission: Permissions.industryFields.edit },
    { path: '/admin/jobs', label: 'nav.jobs', icon: 'thunderbolt', permission: Permissions.jobs.default },
    { path: '/admin/search', label: 'nav.searchAdmin', icon: 'database', permission: Permissions.profiles.manageIndex }
  ]
};

/** The entries a user with these permissions may open, each with the label that fits the user. */
export function visibleEntries(entries: MenuEntry[], granted: ReadonlySet<string>): MenuEntry[] {
  return entries
    .filter(entry => !entry.permission || granted.has(entry.permission))
    .map(entry => (entry.labelWhen && granted.has(entry.labelWhen.permission) ? { ...entry, label: entry.labelWhen.label } : entry));
}

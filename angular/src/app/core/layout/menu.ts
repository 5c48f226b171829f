import { MessageKey } from '../i18n/messages.zh-CN';
import { Permissions } from '../auth/permissions';

export interface MenuEntry {
  path: string;
  label: MessageKey;
  icon: string;
  /** The server permission the entry (and its route guard) requires; none for everyone signed in. */
  permission?: string;
}

export interface MenuGroup {
  label: MessageKey;
  icon: string;
  entries: MenuEntry[];
}

export const MAIN_MENU: MenuEntry[] = [
  { path: '/', label: 'nav.home', icon: 'home' },
  { path: '/enterprises', label: 'nav.enterprises', icon: 'shop', permission: Permissions.enterprises.default },
  { path: '/contests', label: 'nav.contests', icon: 'trophy', permission: Permissions.contests.default }
];

export const ADMIN_MENU: MenuGroup = {
  label: 'nav.administration',
  icon: 'setting',
  entries: [
    { path: '/admin/users', label: 'nav.users', icon: 'team', permission: Permissions.users.default },
    { path: '/admin/roles', label: 'nav.roles', icon: 'safety-certificate', permission: Permissions.roles.default },
    { path: '/admin/audit-logs', label: 'nav.auditLogs', icon: 'audit', permission: Permissions.auditLogs }
  ]
};

/** The entries a user with these permissions may open. */
export function visibleEntries(entries: MenuEntry[], granted: ReadonlySet<string>): MenuEntry[] {
  return entries.filter(entry => !entry.permission || granted.has(entry.permission));
}

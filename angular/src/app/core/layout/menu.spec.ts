import { ADMIN_MENU, MAIN_MENU, visibleEntries } from './menu';

describe('side menu', () => {
  it('shows entries by the server permission names', () => {
    const investor = new Set(['Cultivation.Contests', 'Cultivation.Districts', 'Cultivation.IndustryFields']);
    expect(visibleEntries(MAIN_MENU, investor).map(e => e.path)).toEqual(['/', '/contests']);
    expect(visibleEntries(ADMIN_MENU.entries, investor)).toEqual([]);
    const admin = new Set(['Cultivation.Enterprises', 'Cultivation.Contests', 'Cultivation.Users', 'Cultivation.Roles', 'Cultivation.AuditLogs']);
    expect(visibleEntries(MAIN_MENU, admin).length).toBe(3);
    expect(visibleEntries(ADMIN_MENU.entries, admin).map(e => e.path)).toEqual(['/admin/users', '/admin/roles', '/admin/audit-logs']);
  });
});

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

  it('shows the follow-up screens by their permissions: an officer works, the admin also sets policies, calendar and jobs', () => {
    const officer = new Set([
      'Cultivation.Enterprises', 'Cultivation.Contests', 'Cultivation.FollowUps', 'Cultivation.FollowUps.Manage', 'Cultivation.FollowUps.Services',
      'Cultivation.FollowUps.Coverage'
    ]);
    expect(visibleEntries(MAIN_MENU, officer).map(e => e.path)).toEqual([
      '/', '/enterprises', '/follow-ups', '/follow-ups/requests', '/follow-ups/coverage', '/contests'
    ]);
    expect(visibleEntries(ADMIN_MENU.entries, officer)).toEqual([]);
    const admin = new Set([...officer, 'Cultivation.FollowUps.Policies', 'Cultivation.FollowUps.Calendar', 'Cultivation.Jobs', 'Cultivation.Jobs.Trigger']);
    expect(visibleEntries(ADMIN_MENU.entries, admin).map(e => e.path)).toEqual(['/admin/follow-up-policies', '/admin/holiday-calendars', '/admin/jobs']);
    // A reviewer sees coverage without the worklist actions; without Coverage there is no dashboard entry.
    const reviewer = new Set(['Cultivation.FollowUps', 'Cultivation.FollowUps.Coverage']);
    expect(visibleEntries(MAIN_MENU, reviewer).map(e => e.path)).toContain('/follow-ups/coverage');
    expect(visibleEntries(MAIN_MENU, new Set(['Cultivation.FollowUps'])).map(e => e.path)).not.toContain('/follow-ups/coverage');
  });

  it('shows the imports to whoever holds Cultivation.Imports', () => {
    const reviewer = new Set(['Cultivation.Enterprises', 'Cultivation.Imports']);
    expect(visibleEntries(MAIN_MENU, reviewer).map(e => e.path)).toEqual(['/', '/enterprises', '/imports']);
    expect(visibleEntries(MAIN_MENU, new Set(['Cultivation.Enterprises'])).map(e => e.path)).not.toContain('/imports');
  });
});

describe('side menu of matchmaking', () => {
  it('shows project search to whoever may search, introductions by their permission, and the index to its managers', () => {
    const investor = new Set(['Cultivation.Contests', 'Cultivation.ProfileSearch', 'Cultivation.ProfileSearch.ExpressInterest', 'Cultivation.Introductions']);
    expect(visibleEntries(MAIN_MENU, investor).map(e => e.path)).toEqual(['/', '/profiles', '/introductions', '/contests']);
    // An investor's introductions are their own (我的对接); an officer's are requests to handle (对接请求).
    expect(visibleEntries(MAIN_MENU, investor).find(e => e.path === '/introductions')?.label).toBe('nav.myIntroductions');
    expect(visibleEntries(MAIN_MENU, new Set(['Cultivation.Introductions'])).find(e => e.path === '/introductions')?.label).toBe('nav.introductions');
    expect(visibleEntries(ADMIN_MENU.entries, investor)).toEqual([]);
    const admin = new Set(['Cultivation.ProfileSearch', 'Cultivation.Profiles', 'Cultivation.Profiles.ManageIndex']);
    expect(visibleEntries(ADMIN_MENU.entries, admin).map(e => e.path)).toEqual(['/admin/search']);
  });

  it('shows the policy screens by their permissions: the calculator to who calculates, the funnel to municipal staff', () => {
    const officer = new Set([
      'Cultivation.Policies', 'Cultivation.Policies.Calculate', 'Cultivation.Policies.Assess', 'Cultivation.PolicyApplications',
      'Cultivation.PolicyApplications.Recommend', 'Cultivation.PolicyApplications.DistrictReview'
    ]);
    expect(visibleEntries(MAIN_MENU, officer).map(e => e.path)).toEqual(['/', '/policies', '/policies/calculator', '/policies/applications', '/policies/batches']);
    const reviewer = new Set(['Cultivation.Policies', 'Cultivation.Policies.Calculate', 'Cultivation.PolicyApplications', 'Cultivation.PolicyApplications.Funnel']);
    expect(visibleEntries(MAIN_MENU, reviewer).map(e => e.path)).toContain('/policies/funnel');
    const investor = new Set(['Cultivation.ProfileSearch']);
    expect(visibleEntries(MAIN_MENU, investor).some(e => e.path.startsWith('/policies'))).toBe(false);
  });
});

describe('side menu of the industry catalogue', () => {
  it('shows 行业领域 to those who may edit the catalogue, not to those who only read it', () => {
    expect(visibleEntries(ADMIN_MENU.entries, new Set(['Cultivation.IndustryFields'])).map(e => e.path)).toEqual([]);
    expect(visibleEntries(ADMIN_MENU.entries, new Set(['Cultivation.IndustryFields', 'Cultivation.IndustryFields.Edit'])).map(e => e.path)).toEqual([
      '/admin/industry-fields'
    ]);
  });
});

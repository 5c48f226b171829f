import { metricsFor } from './home-metrics';

const officerGrants = new Set([
  'Cultivation.Enterprises', 'Cultivation.Contests', 'Cultivation.FollowUps', 'Cultivation.FollowUps.Services', 'Cultivation.FollowUps.Coverage'
]);

describe('home page metrics per role', () => {
  it('a district officer sees real follow-up counts first: due soon, overdue, their open requests', () => {
    const metrics = metricsFor(['DistrictOfficer'], officerGrants);
    expect(metrics.slice(0, 3).map(m => (m.kind === 'count' ? m.source : m.id))).toEqual(['plansDueSoon', 'plansOverdue', 'myOpenRequests']);
    // The pipeline's figures are live: without its permission the card is left out, never "coming soon".
    expect(metrics.filter(m => m.kind === 'planned')).toEqual([]);
    expect(metrics.some(m => m.id === 'recommend')).toBe(false);
  });

  it('counts a user may not read are left out, never shown as zero', () => {
    const withoutCoverage = new Set([...officerGrants].filter(p => p !== 'Cultivation.FollowUps.Coverage'));
    expect(metricsFor(['DistrictOfficer'], withoutCoverage).some(m => m.id === 'overdue')).toBe(false);
    const admin = metricsFor(['MunicipalAdmin'], new Set(['Cultivation.Enterprises', 'Cultivation.Contests', 'Cultivation.Users']));
    expect(admin.some(m => m.id === 'coverage')).toBe(false);
  });

  it('municipal staff see the city-wide on-schedule share as a percentage', () => {
    const reviewer = metricsFor(['MunicipalReviewer'], new Set(['Cultivation.Enterprises', 'Cultivation.FollowUps', 'Cultivation.FollowUps.Coverage']));
    const coverage = reviewer.find(m => m.id === 'coverage');
    expect(coverage?.kind === 'count' && coverage.format).toBe('percent');
    expect(reviewer.some(m => m.id === 'unread')).toBe(true);
  });
});

describe('home page metrics of matchmaking', () => {
  const investorGrants = new Set(['Cultivation.Contests', 'Cultivation.ProfileSearch', 'Cultivation.ProfileSearch.ExpressInterest', 'Cultivation.Introductions']);

  it('an investor sees live counts of the profiles they can view and of their introductions; only roadshows stay coming soon', () => {
    const metrics = metricsFor(['Investor'], investorGrants);
    const counts = metrics.filter(m => m.kind === 'count');
    expect(counts.map(m => (m.kind === 'count' ? [m.source, m.link] : null))).toEqual([
      ['profiles', '/profiles'], ['introductions', '/introductions'], ['editions', '/contests']
    ]);
    expect(metrics.filter(m => m.kind === 'planned').map(m => m.id)).toEqual(['roadshows']);
  });

  it('a district officer with the introductions permission sees the district requests', () => {
    const metrics = metricsFor(['DistrictOfficer'], new Set([...officerGrants, 'Cultivation.Introductions']));
    const introductions = metrics.find(m => m.id === 'introductions');
    expect(introductions?.kind === 'count' && introductions.label).toBe('home.introductionsOfficer');
    expect(metricsFor(['DistrictOfficer'], officerGrants).some(m => m.id === 'introductions')).toBe(false);
  });
});

describe('home page metrics of the policy pipeline', () => {
  it('shows live application counts by role instead of "coming soon"', () => {
    const officer = metricsFor(['DistrictOfficer'], new Set([...officerGrants, 'Cultivation.PolicyApplications', 'Cultivation.PolicyApplications.Recommend']));
    const recommend = officer.find(m => m.id === 'recommend');
    expect(recommend?.kind === 'count' && recommend.source).toBe('applicationsToRecommend');
    const reviewer = metricsFor(['MunicipalReviewer'], new Set(['Cultivation.Enterprises', 'Cultivation.PolicyApplications']));
    const reviews = reviewer.find(m => m.id === 'reviews');
    expect(reviews?.kind === 'count' && [reviews.source, reviews.linkQuery]).toEqual(['applicationsAwaitingMunicipal', { stage: 'MunicipalReview' }]);
    const admin = metricsFor(['MunicipalAdmin'], new Set(['Cultivation.Enterprises', 'Cultivation.PolicyApplications']));
    const open = admin.find(m => m.id === 'applications');
    expect(open?.kind === 'count' && [open.source, open.link]).toEqual(['applicationsOpen', '/policies/applications']);
    for (const metrics of [officer, reviewer, admin]) {
      expect(metrics.filter(m => m.kind === 'planned')).toEqual([]);
    }
  });
});

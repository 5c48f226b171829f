import { FollowUpPlanDto } from '../../proxy/models/follow-up-plan-dto';
import { parseWorklistQuery, toWorklistApiParams, toWorklistParams } from './worklist-query';
import { applyLoggedService } from './logged-service';

function plan(id: string, nextDueDate: string): FollowUpPlanDto {
  return {
    id, enterpriseId: `e-${id}`, enterpriseName: id, districtId: 'd', districtName: '浦东新区', editionId: 'ed', editionYear: 2024, track: 'Enterprise',
    cadenceDays: 90, startsOn: '2024-09-30', endsOn: '2027-09-30', nextDueDate, daysOverdue: 0, status: 'Active', escalationLevel: 0, concurrencyStamp: 's'
  };
}

describe('worklist query in the URL', () => {
  it('defaults to active plans, any due date, everyone in scope, first page', () => {
    expect(parseWorklistQuery({})).toEqual({ mine: false, dueWithinDays: null, status: 'Active', keyword: null, districtId: null, skipCount: 0, maxResultCount: 20 });
    expect(toWorklistParams(parseWorklistQuery({}))).toEqual({ mine: null, due: null, status: null, keyword: null, district: null, skip: null, size: null });
  });

  it('reads filters leniently and round-trips them', () => {
    const query = parseWorklistQuery({ mine: 'true', due: '7', status: 'Paused', keyword: ' 星河 ', district: '00000000-0000-7000-8000-310115000000', skip: '20' });
    expect(query).toEqual({ mine: true, dueWithinDays: 7, status: 'Paused', keyword: '星河', districtId: '00000000-0000-7000-8000-310115000000', skipCount: 20, maxResultCount: 20 });
    expect(parseWorklistQuery(toWorklistParams(query))).toEqual(query);
    expect(parseWorklistQuery({ due: '9', status: 'Gone', district: 'x', skip: '-3', size: '1000' })).toEqual(parseWorklistQuery({}));
  });

  it('asks the API with its parameter names', () => {
    expect(toWorklistApiParams(parseWorklistQuery({ mine: 'true', due: '30' }))).toEqual({
      Mine: true, DueWithinDays: 30, Status: 'Active', Keyword: undefined, DistrictId: undefined, SkipCount: 0, MaxResultCount: 20
    });
  });
});

describe('logging a service from the worklist', () => {
  it('replaces the enterprise plans in place and notes each due date that moved', () => {
    const items = [plan('a', '2024-10-30'), plan('b', '2026-12-01')];
    const moved = { ...plan('a', '2027-02-25'), lastServiceOn: '2026-11-27' };
    const { items: next, moves } = applyLoggedService(items, { plans: [moved], requests: [], service: {} as never, timelineEntries: [] });
    expect(next.map(p => p.nextDueDate)).toEqual(['2027-02-25', '2026-12-01']);
    expect(next[0].lastServiceOn).toBe('2026-11-27');
    expect(moves).toEqual({ a: { from: '2024-10-30', to: '2027-02-25' } });
  });
});

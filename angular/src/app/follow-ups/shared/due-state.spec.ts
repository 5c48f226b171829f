import { dueState, dueTag } from './due-state';

const plan = (nextDueDate: string, status: 'Active' | 'Paused' | 'Closed' = 'Active') => ({ nextDueDate, status });

describe('due state of a plan', () => {
  const today = '2026-11-27';

  it('is overdue by whole days, due today, due soon within 7 days, or later', () => {
    expect(dueState(plan('2024-10-30'), today)).toEqual({ kind: 'overdue', days: 758 });
    expect(dueState(plan('2026-11-26'), today)).toEqual({ kind: 'overdue', days: 1 });
    expect(dueState(plan('2026-11-27'), today)).toEqual({ kind: 'today', days: 0 });
    expect(dueState(plan('2026-12-04'), today)).toEqual({ kind: 'soon', days: 7 });
    expect(dueState(plan('2026-12-05'), today)).toEqual({ kind: 'later', days: 8 });
  });

  it('crosses month and year ends without time-zone drift', () => {
    expect(dueState(plan('2027-01-01'), '2026-12-31')).toEqual({ kind: 'soon', days: 1 });
    expect(dueState(plan('2024-02-28'), '2024-03-01')).toEqual({ kind: 'overdue', days: 2 });
  });

  it('a paused or closed plan is never overdue', () => {
    expect(dueState(plan('2020-01-01', 'Paused'), today)).toEqual({ kind: 'paused' });
    expect(dueState(plan('2020-01-01', 'Closed'), today)).toEqual({ kind: 'closed' });
  });

  it('tags: red overdue with its days, orange soon, nothing for later', () => {
    expect(dueTag({ kind: 'overdue', days: 3 })).toEqual({ color: 'red', key: 'followUp.overdueDays', days: 3 });
    expect(dueTag({ kind: 'soon', days: 2 })?.color).toBe('orange');
    expect(dueTag({ kind: 'later', days: 30 })).toBeNull();
  });
});

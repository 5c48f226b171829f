import { choiceOf, inputOf } from './row-resolution';
import { rowsQuery } from './import-rows';

describe('row review', () => {
  it('turns the server\'s resolution into a choice and back', () => {
    expect(choiceOf({ resolution: 'None', resolvedEnterpriseId: null })).toBeNull();
    expect(choiceOf({ resolution: 'UseExisting', resolvedEnterpriseId: 'e1' })).toBe('use:e1');
    expect(choiceOf({ resolution: 'CreateNew' })).toBe('create');
    expect(inputOf('use:e1')).toEqual({ resolution: 'UseExisting', enterpriseId: 'e1' });
    expect(inputOf('create')).toEqual({ resolution: 'CreateNew' });
    expect(inputOf('skip')).toEqual({ resolution: 'Skip' });
  });

  it('asks the server for a page of rows by status or for the rows to review', () => {
    expect(rowsQuery('b', 'Error', 2)).toEqual({ id: 'b', Status: 'Error', NeedsReview: undefined, SkipCount: 20, MaxResultCount: 20 });
    expect(rowsQuery('b', 'review', 1)).toEqual({ id: 'b', Status: undefined, NeedsReview: true, SkipCount: 0, MaxResultCount: 20 });
    expect(rowsQuery('b', 'all', 1).Status).toBeUndefined();
  });
});

import { parseImportListQuery, toImportListApiParams, toImportListParams } from './import-list-query';

describe('import list query', () => {
  it('reads kind, status and page from the URL, ignoring what the server would not know', () => {
    expect(parseImportListQuery({ kind: 'YearlyFigures', status: 'Committed', skip: '40' })).toEqual({ kind: 'YearlyFigures', status: 'Committed', skipCount: 40 });
    expect(parseImportListQuery({ kind: 'Everything', status: 'Done', skip: '-3' })).toEqual({ kind: null, status: null, skipCount: 0 });
  });

  it('writes only what differs from the default, and asks the server for a page of 20', () => {
    const query = { kind: null, status: 'Validated' as const, skipCount: 0 };
    expect(toImportListParams(query)).toEqual({ kind: null, status: 'Validated', skip: null });
    expect(toImportListApiParams(query)).toEqual({ Kind: undefined, Status: 'Validated', SkipCount: 0, MaxResultCount: 20 });
  });
});

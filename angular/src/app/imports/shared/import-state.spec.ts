import { Observable, of, throwError } from 'rxjs';
import { ImportBatchDto } from '../../proxy/models/import-batch-dto';
import { ImportMessageDto } from '../../proxy/models/import-message-dto';
import { ImportProgressDto } from '../../proxy/models/import-progress-dto';
import { SERVER_TEXTS } from '../../testing/server-texts';
import { IMPORT_STATUSES } from '../../shared/domain-enums';
import { pollProgress } from './import-progress';
import { IMPORT_STATUS_COLORS, IN_PROGRESS_STATUSES, PROGRESS_TEXTS, commitBlockers, enterpriseIdOf, fileSize, isImportableFile, isInProgress } from './import-state';

function batch(change: Partial<ImportBatchDto>): ImportBatchDto {
  return {
    id: 'b', kind: 'ContestResults', fileName: 'a.csv', fileFormat: 'Csv', fileSize: 10, status: 'Validated', isInProgress: false,
    canCommit: true, canRevert: false, rowsTotal: 3, rowsDone: 3, okRows: 3, warningRows: 0, errorRows: 0, createRows: 3, updateRows: 0,
    unchangedRows: 0, duplicateRows: 0, reviewRows: 0, columns: [], ignoredColumns: [], fileMessages: [], quotaBreaches: [], revertConflicts: [],
    commitBlockers: [],
    creationTime: '2026-11-27T10:00:00Z', concurrencyStamp: 's', ...change
  };
}

const message = (code: string, messageZh: string, messageEn: string): ImportMessageDto => ({ level: 'Error', code, messageZh, messageEn });

const progress = (status: ImportProgressDto['status'], rowsDone: number): ImportProgressDto => ({
  id: 'b', status, isInProgress: isInProgress(status), rowsDone, rowsTotal: 10, percent: rowsDone * 10
});

describe('import state', () => {
  it('says nothing blocks a commit the server allows', () => {
    expect(commitBlockers(batch({}), true, 'zh-CN', '无权限')).toEqual([]);
  });

  it('gives the server\'s reasons in the UI\'s language', () => {
    const blocked = batch({ canCommit: false, errorRows: 2, commitBlockers: [
      message('Cultivation:05010', '还有2行错误，请修正文件后重新上传。', '2 rows have errors. Correct the file and upload it again.'),
      message('Cultivation:05122', '2024年企业组一等奖名额为2个，导入后将有3个。', 'The 2024 edition awards 2 First in the Enterprise track; after this import there would be 3.')
    ] });
    expect(commitBlockers(blocked, true, 'zh-CN', '无权限')).toEqual(['还有2行错误，请修正文件后重新上传。', '2024年企业组一等奖名额为2个，导入后将有3个。']);
    expect(commitBlockers(blocked, true, 'en', 'not permitted')[0]).toBe('2 rows have errors. Correct the file and upload it again.');
  });

  it('names a missing permission first, even when the server would allow the commit', () => {
    expect(commitBlockers(batch({}), false, 'zh-CN', '没有提交导入的权限')).toEqual(['没有提交导入的权限']);
    const committed = batch({ canCommit: false, status: 'Committed', commitBlockers: [message('Cultivation:05009', '该导入当前状态为“已提交”，不能进行此操作。', 'x')] });
    expect(commitBlockers(committed, false, 'zh-CN', '没有提交导入的权限')).toEqual(['没有提交导入的权限', '该导入当前状态为“已提交”，不能进行此操作。']);
  });

  it('has a colour and a server label in Chinese for every status the server knows', () => {
    for (const status of IMPORT_STATUSES) {
      expect(IMPORT_STATUS_COLORS[status]).toBeTruthy();
      expect(Object.keys(SERVER_TEXTS['zh-CN'])).toContain(`Enum:ImportStatus.${status}`);
    }
  });

  it('says what the background is doing in every status it works in, and only in those', () => {
    expect(Object.keys(PROGRESS_TEXTS).sort()).toEqual([...IN_PROGRESS_STATUSES].sort());
    expect(isInProgress('Committing')).toBe(true);
    expect(isInProgress('PartiallyReverted')).toBe(false);
  });

  it('treats the empty id as no enterprise, sizes files and accepts only .xlsx and .csv', () => {
    expect(enterpriseIdOf('00000000-0000-0000-0000-000000000000')).toBeNull();
    expect(enterpriseIdOf('01a21ca8-2e6b-7129-b6e3-a609f86779ac')).toBe('01a21ca8-2e6b-7129-b6e3-a609f86779ac');
    expect(fileSize(900)).toBe('900 B');
    expect(fileSize(1536)).toBe('1.5 KB');
    expect(fileSize(11 * 1024 * 1024)).toBe('11.0 MB');
    expect(isImportableFile('名单.XLSX')).toBe(true);
    expect(isImportableFile('名单.csv')).toBe(true);
    expect(isImportableFile('名单.xls')).toBe(false);
  });
});

describe('import progress polling', () => {
  afterEach(() => vi.useRealTimers());

  it('polls until the background is done, then completes with the last answer', async () => {
    vi.useFakeTimers();
    const answers = [progress('Validating', 2), progress('Validating', 7), progress('Validated', 10), progress('Validated', 10)];
    let calls = 0;
    const seen: number[] = [];
    let done = false;
    pollProgress(() => of(answers[calls++]), 1000).subscribe({ next: p => seen.push(p.rowsDone), complete: () => (done = true) });
    await vi.advanceTimersByTimeAsync(5000);
    expect(seen).toEqual([2, 7, 10]);
    expect(done).toBe(true);
    expect(calls).toBe(3);
  });

  it('tries a failed request again before giving up', async () => {
    vi.useFakeTimers();
    let calls = 0;
    const fetch = (): Observable<ImportProgressDto> => {
      calls++;
      return calls === 1 ? throwError(() => new Error('network')) : of(progress('Committed', 10));
    };
    const seen: string[] = [];
    let failed = false;
    pollProgress(fetch, 1000).subscribe({ next: p => seen.push(p.status), error: () => (failed = true) });
    await vi.advanceTimersByTimeAsync(3000);
    expect(seen).toEqual(['Committed']);
    expect(failed).toBe(false);
  });
});

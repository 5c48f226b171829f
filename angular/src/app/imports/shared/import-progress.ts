import { Observable, defer, exhaustMap, retry, takeWhile, timer } from 'rxjs';
import { ImportProgressDto } from '../../proxy/models/import-progress-dto';

export const PROGRESS_POLL_MS = 1_000;

/**
 * Polls GET /api/app/imports/{id}/progress until the background has finished (validating, committing or
 * reverting): emits every answer, the last one not in progress, then completes. A slow answer is waited for
 * (no overlapping requests); a failed one is tried again twice before the error reaches the page.
 */
export function pollProgress(fetch: () => Observable<ImportProgressDto>, intervalMs = PROGRESS_POLL_MS): Observable<ImportProgressDto> {
  return timer(0, intervalMs).pipe(
    exhaustMap(() => defer(fetch).pipe(retry({ count: 2, delay: intervalMs }))),
    takeWhile(progress => progress.isInProgress, true)
  );
}

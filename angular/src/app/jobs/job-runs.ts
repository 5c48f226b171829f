import { JobRunDto } from '../proxy/models/job-run-dto';
import { JobRunOutcome } from '../proxy/models/job-run-outcome';

/** Tag colours of the server's JobRunOutcome (Interrupted: the node stopped during the run; another node recovered it). */
export const OUTCOME_COLORS: Record<JobRunOutcome, string> = { Running: 'processing', Succeeded: 'success', Failed: 'error', Skipped: 'default', Interrupted: 'warning' };

/** Seconds a run took, one decimal; null while it runs. */
export function runSeconds(run: Pick<JobRunDto, 'startTime' | 'endTime'>): number | null {
  if (!run.endTime) {
    return null;
  }
  return Math.round((Date.parse(run.endTime) - Date.parse(run.startTime)) / 100) / 10;
}

/** The first run that started at or after `since` (epoch ms), e.g. the one a "run now" caused. */
export function runSince(runs: readonly JobRunDto[], since: number): JobRunDto | null {
  return runs.find(run => Date.parse(run.startTime) >= since) ?? null;
}

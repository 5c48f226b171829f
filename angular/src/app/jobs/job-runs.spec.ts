import { SERVER_TEXTS } from '../testing/server-texts';
import { JOB_RUN_OUTCOMES } from '../shared/domain-enums';
import { OUTCOME_COLORS, runSeconds, runSince } from './job-runs';

const run = (id: string, startTime: string, endTime: string | null = null) => ({ id, jobName: 'follow-up-reminders', node: 'n', outcome: 'Succeeded' as const, startTime, endTime });

describe('job runs', () => {
  it('measures a finished run and waits for a running one', () => {
    expect(runSeconds(run('a', '2026-11-27T09:39:13.3968374Z', '2026-11-27T09:39:15.0674892Z'))).toBe(1.7);
    expect(runSeconds(run('b', '2026-11-27T09:39:13Z'))).toBeNull();
  });

  it('finds the run a "run now" caused', () => {
    const runs = [run('new', '2026-11-27T10:00:05Z'), run('old', '2026-11-27T09:00:00Z')];
    expect(runSince(runs, Date.parse('2026-11-27T10:00:00Z'))?.id).toBe('new');
    expect(runSince(runs, Date.parse('2026-11-27T10:01:00Z'))).toBeNull();
  });

  it('has a colour and a label for every outcome of the server, Interrupted (a node stopped mid-run) included', () => {
    expect(JOB_RUN_OUTCOMES).toContain('Interrupted');
    for (const outcome of JOB_RUN_OUTCOMES) {
      expect(OUTCOME_COLORS[outcome]).toBeTruthy();
      expect(Object.keys(SERVER_TEXTS['zh-CN'])).toContain(`Enum:JobRunOutcome.${outcome}`);
      expect(Object.keys(SERVER_TEXTS.en)).toContain(`Enum:JobRunOutcome.${outcome}`);
    }
  });
});

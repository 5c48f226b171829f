import { ErrorNotifier } from '../../core/errors/error-notifier';
import { Problem } from '../../core/errors/problem';

/** Every message of a problem in one line: the field errors with their paths, or the title. */
export function problemMessages(problem: Problem, notifier: Pick<ErrorNotifier, 'describe'>): string {
  const fields = Object.entries(problem.errors).flatMap(([path, messages]) => messages.map(m => (path ? `${m}（${path}）` : m)));
  return fields.length ? fields.join('；') : notifier.describe(problem);
}

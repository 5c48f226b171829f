import { signal } from '@angular/core';
import { AbstractControl } from '@angular/forms';
import { revealErrors } from '../../shared/ui/form-helpers';
import { ErrorNotifier } from './error-notifier';
import { Problem, isConcurrencyConflict, toProblem } from './problem';
import { applyServerErrors } from './server-form-errors';

/**
 * The life of a form's save: client validation first, then the call; the server's field errors land
 * on the fields, a stale stamp (409 Cultivation:00002) raises `conflict`, anything else shows above
 * the form. `fieldOfCode` places problems that name no field (e.g. a credit code already taken).
 */
export class FormSubmission {
  readonly saving = signal(false);
  readonly conflict = signal(false);
  readonly formError = signal<string | null>(null);

  constructor(
    private readonly form: AbstractControl,
    private readonly notifier: ErrorNotifier,
    private readonly fieldOfCode: Readonly<Record<string, string>> = {}
  ) {}

  /** Runs `save` if the form is valid; resolves to its result, or null when nothing was saved. */
  async submit<T>(save: () => Promise<T>): Promise<T | null> {
    this.formError.set(null);
    if (this.form.invalid) {
      revealErrors(this.form);
      return null;
    }
    this.saving.set(true);
    try {
      const result = await save();
      this.conflict.set(false);
      return result;
    } catch (error) {
      this.fail(toProblem(error));
      return null;
    } finally {
      this.saving.set(false);
    }
  }

  /** Forget the last outcome (after reloading the record). */
  reset(): void {
    this.conflict.set(false);
    this.formError.set(null);
  }

  private fail(problem: Problem): void {
    if (isConcurrencyConflict(problem)) {
      this.conflict.set(true);
      return;
    }
    const errors = { ...problem.errors };
    const field = problem.code ? this.fieldOfCode[problem.code] : undefined;
    if (!Object.keys(errors).length && field && problem.title) {
      errors[field] = [problem.title];
    }
    const unplaced = applyServerErrors(this.form, errors);
    if (unplaced.length) {
      this.formError.set(unplaced.join(' '));
    } else if (!Object.keys(errors).length) {
      this.formError.set(this.notifier.describe(problem));
    }
  }
}

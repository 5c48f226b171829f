import { AbstractControl, FormArray, FormGroup } from '@angular/forms';

/** Shows every field's error at once (before the first submit the form is pristine). */
export function revealErrors(control: AbstractControl): void {
  if (control instanceof FormGroup) {
    Object.values(control.controls).forEach(revealErrors);
  } else if (control instanceof FormArray) {
    control.controls.forEach(revealErrors);
  }
  control.markAsDirty();
  control.markAsTouched();
  control.updateValueAndValidity({ onlySelf: true });
}

/** Trimmed text, or null when blank: optional strings go to the server as null. */
export function blankToNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

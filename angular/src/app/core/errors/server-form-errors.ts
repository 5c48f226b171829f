import { AbstractControl, FormArray, FormControl, FormGroup } from '@angular/forms';

/** "stages[0].startDate" → ['stages', 0, 'startDate']. */
export function fieldPath(key: string): (string | number)[] {
  const path: (string | number)[] = [];
  for (const part of key.split('.')) {
    const match = /^([^[\]]*)((?:\[\d+\])*)$/.exec(part);
    if (!match) {
      path.push(part);
      continue;
    }
    if (match[1]) {
      path.push(match[1]);
    }
    for (const index of match[2].matchAll(/\[(\d+)\]/g)) {
      path.push(Number(index[1]));
    }
  }
  return path;
}

/** Finds the control for a server field key; names are matched case-insensitively as a fallback. */
export function findControl(form: AbstractControl, key: string): AbstractControl | null {
  let control: AbstractControl | null = form;
  for (const segment of fieldPath(key)) {
    if (control instanceof FormArray && typeof segment === 'number') {
      control = control.at(segment) ?? null;
    } else if (control instanceof FormGroup && typeof segment === 'string') {
      const name: string | undefined = Object.keys(control.controls).find(n => n === segment)
        ?? Object.keys(control.controls).find(n => n.toLowerCase() === segment.toLowerCase());
      control = name ? control.controls[name] : null;
    } else {
      control = null;
    }
    if (!control) {
      return null;
    }
  }
  return control === form ? null : control;
}

/**
 * Puts the server's field errors on the form's controls (error key `server`, shown by the field's error
 * tip until the user edits the field). Returns the messages no field could take (no such control, or a
 * whole list or group), to show above the form.
 */
export function applyServerErrors(form: AbstractControl, errors: Record<string, string[]>): string[] {
  const unplaced: string[] = [];
  for (const [key, messages] of Object.entries(errors)) {
    const control = findControl(form, key);
    const message = messages.join(' ');
    // A list or group (e.g. "rules", "days") shows no error tip of its own: say it above the form.
    if (control instanceof FormControl) {
      control.setErrors({ ...(control.errors ?? {}), server: message });
      control.markAsTouched();
      control.markAsDirty();
    } else {
      unplaced.push(message);
    }
  }
  return unplaced;
}

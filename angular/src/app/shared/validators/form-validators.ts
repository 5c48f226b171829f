import { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import { TextKey } from '../../core/i18n/i18n.service';
import { parseDateOnly, todayDateOnly } from '../format/date-only';

/** The server's phone pattern for contacts and users. */
export const PHONE_PATTERN = /^[0-9+\-() ]{5,32}$/;
/** The server's user-name pattern. */
export const USER_NAME_PATTERN = /^[A-Za-z0-9._@-]+$/;

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === '';
}

export const phoneValidator: ValidatorFn = control =>
  isEmpty(control.value) || PHONE_PATTERN.test(String(control.value)) ? null : { phone: true };

/**
 * A phone or e-mail shown masked (138****5678) and sent back unchanged means "keep the stored value" (the server
 * treats it so); anything else typed there must pass <code>validator</code>.
 */
export function keepingMaskedValue(shown: string | null | undefined, validator: ValidatorFn): ValidatorFn {
  return control => (isMaskedValue(shown) && control.value === shown ? null : validator(control));
}

/** The server masks phones and e-mails (138****5678) for readers without Cultivation.PersonalData. */
export function isMaskedValue(value: string | null | undefined): boolean {
  return (value ?? '').includes('*');
}

export const userNameValidator: ValidatorFn = control =>
  isEmpty(control.value) || USER_NAME_PATTERN.test(String(control.value)) ? null : { userName: true };

/** An absolute http(s) URL, as the server's [Url] attribute accepts. */
export const urlValidator: ValidatorFn = control => {
  if (isEmpty(control.value)) {
    return null;
  }
  try {
    const url = new URL(String(control.value));
    return url.protocol === 'http:' || url.protocol === 'https:' ? null : { url: true };
  } catch {
    return { url: true };
  }
};

/** The server's password policy: 8+ characters, a digit, a lower- and an upper-case letter, 4 distinct characters. */
export const passwordPolicyValidator: ValidatorFn = control => {
  if (isEmpty(control.value)) {
    return null;
  }
  const value = String(control.value);
  const ok = value.length >= 8 && /\d/.test(value) && /[a-z]/.test(value) && /[A-Z]/.test(value) && new Set(value).size >= 4;
  return ok ? null : { password: true };
};

export const integerValidator: ValidatorFn = control =>
  isEmpty(control.value) || Number.isInteger(Number(control.value)) ? null : { integer: true };

/** A date (Date or yyyy-MM-dd) that is not after today, as the server checks founding dates. */
export function notInFutureValidator(today: () => string = todayDateOnly): ValidatorFn {
  return control => {
    const value = parseDateOnly(control.value);
    return value === null || value <= today() ? null : { notInFuture: true };
  };
}

/**
 * On a group: `field` must not exceed `other` when both are filled (main business ≤ revenue,
 * R&D staff ≤ employees). The error is set on `field` so it shows beside it.
 */
export function notGreaterThanValidator(field: string, other: string, otherLabel: TextKey): ValidatorFn {
  return (group: AbstractControl): ValidationErrors | null => {
    const control = group.get(field);
    const value = control?.value;
    const limit = group.get(other)?.value;
    const broken = !isEmpty(value) && !isEmpty(limit) && Number(value) > Number(limit);
    setGroupError(control, 'notGreaterThan', broken ? { otherLabel } : null);
    return null;
  };
}

/** On a group: the end date is not before the start date. The error is set on the end control. */
export function dateOrderValidator(start: string, end: string): ValidatorFn {
  return (group: AbstractControl): ValidationErrors | null => {
    const from = parseDateOnly(group.get(start)?.value);
    const endControl = group.get(end);
    const to = parseDateOnly(endControl?.value);
    setGroupError(endControl, 'endBeforeStart', from !== null && to !== null && to < from ? true : null);
    return null;
  };
}

/** On a group: the confirmation equals the password. */
export function matchesValidator(field: string, confirmation: string): ValidatorFn {
  return (group: AbstractControl): ValidationErrors | null => {
    const control = group.get(confirmation);
    const mismatch = !isEmpty(control?.value) && control?.value !== group.get(field)?.value;
    setGroupError(control, 'passwordConfirm', mismatch ? true : null);
    return null;
  };
}

/** Adds or removes one error key on a control without touching its other errors. */
function setGroupError(control: AbstractControl | null | undefined, key: string, value: unknown): void {
  if (!control) {
    return;
  }
  const errors = { ...(control.errors ?? {}) };
  const had = key in errors;
  if (value === null) {
    if (!had) {
      return;
    }
    delete errors[key];
  } else {
    if (had) {
      return;
    }
    errors[key] = value;
  }
  control.setErrors(Object.keys(errors).length ? errors : null);
}

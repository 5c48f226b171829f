import { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';

/**
 * 统一社会信用代码 (GB 32100-2015), the same rule as the server's CreditCodeRules: 18 characters from a
 * 31-character alphabet, positions 3–8 digits (the registering authority's division code), and the 18th
 * the check character over the first 17 with weights 3^(i-1) mod 31.
 */
export const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
export const CREDIT_CODE_LENGTH = 18;
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** Upper-cases, drops white space and turns full-width characters (９１３５…) into ASCII. */
export function normalizeCreditCode(value: string): string {
  let result = '';
  for (const char of value) {
    const code = char.charCodeAt(0);
    const ascii = code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : char;
    if (/\s/.test(ascii) || ascii === '\u3000') {
      continue;
    }
    result += ascii.toUpperCase();
  }
  return result;
}

/** The check character for the first 17 characters, or null when one is outside the alphabet. */
export function creditCodeCheckCharacter(first17: string): string | null {
  if (first17.length !== CREDIT_CODE_LENGTH - 1) {
    return null;
  }
  let sum = 0;
  for (let i = 0; i < first17.length; i++) {
    const value = CREDIT_CODE_ALPHABET.indexOf(first17[i]);
    if (value < 0) {
      return null;
    }
    sum += value * WEIGHTS[i];
  }
  return CREDIT_CODE_ALPHABET[(31 - (sum % 31)) % 31];
}

/** Whether an already normalized code is valid. */
export function isValidCreditCode(value: string | null | undefined): boolean {
  if (!value || value.length !== CREDIT_CODE_LENGTH) {
    return false;
  }
  if (!/^\d{6}$/.test(value.slice(2, 8))) {
    return false;
  }
  const check = creditCodeCheckCharacter(value.slice(0, 17));
  return check !== null && check === value[17];
}

/** Empty passes (pair it with Validators.required where a code is mandatory); anything else must be valid once normalized. */
export const creditCodeValidator: ValidatorFn = (control: AbstractControl): ValidationErrors | null => {
  const value = control.value;
  if (value === null || value === undefined || value === '') {
    return null;
  }
  return isValidCreditCode(normalizeCreditCode(String(value))) ? null : { creditCode: true };
};

import { FormControl } from '@angular/forms';
import { CREDIT_CODE_ALPHABET, creditCodeCheckCharacter, creditCodeValidator, isValidCreditCode, normalizeCreditCode } from './credit-code';

const VALID = ['91350100M000100Y43', '91310000MA1K000006'];

describe('credit code (GB 32100-2015)', () => {
  it('accepts the known valid codes', () => {
    for (const code of VALID) {
      expect(isValidCreditCode(code)).toBe(true);
    }
  });

  it('computes the check character over the first 17 characters', () => {
    expect(creditCodeCheckCharacter('91350100M000100Y4')).toBe('3');
    expect(creditCodeCheckCharacter('91310000MA1K00000')).toBe('6');
    expect(creditCodeCheckCharacter('91310000MA1K0000I')).toBeNull();
  });

  it('rejects every code with one character changed', () => {
    for (const code of VALID) {
      for (let position = 0; position < code.length; position++) {
        for (const replacement of CREDIT_CODE_ALPHABET + 'IOSVZ') {
          if (replacement === code[position]) {
            continue;
          }
          const changed = code.slice(0, position) + replacement + code.slice(position + 1);
          expect(isValidCreditCode(changed), `${changed} (position ${position + 1})`).toBe(false);
        }
      }
    }
  });

  it('requires 18 characters and digits in positions 3–8', () => {
    expect(isValidCreditCode('91350100M000100Y4')).toBe(false);
    expect(isValidCreditCode('91350100M000100Y433')).toBe(false);
    expect(isValidCreditCode('')).toBe(false);
    expect(isValidCreditCode(null)).toBe(false);
    // A letter in the division code fails even with a matching check character.
    const body = '9135A100M000100Y4';
    const check = creditCodeCheckCharacter(body);
    expect(check).not.toBeNull();
    expect(isValidCreditCode(body + check)).toBe(false);
  });

  it('upper-cases, drops spaces and converts full-width characters', () => {
    expect(normalizeCreditCode('91310000ma1k000006')).toBe('91310000MA1K000006');
    expect(normalizeCreditCode('９１３１００００ＭＡ１Ｋ０００００６')).toBe('91310000MA1K000006');
    expect(normalizeCreditCode(' 9131 0000\u3000MA1K000006 ')).toBe('91310000MA1K000006');
  });

  it('validates form values after normalizing, and leaves an empty value to Validators.required', () => {
    expect(creditCodeValidator(new FormControl('９１３１００００ｍａ１ｋ０００００６'))).toBeNull();
    expect(creditCodeValidator(new FormControl('91310000MA1K000007'))).toEqual({ creditCode: true });
    expect(creditCodeValidator(new FormControl(''))).toBeNull();
    expect(creditCodeValidator(new FormControl(null))).toBeNull();
  });
});

import { FormControl, FormGroup } from '@angular/forms';
import {
  dateOrderValidator,
  integerValidator,
  matchesValidator,
  notGreaterThanValidator,
  notInFutureValidator,
  passwordPolicyValidator,
  keepingMaskedValue,
  phoneValidator,
  urlValidator,
  userNameValidator
} from './form-validators';

const check = (validator: (c: FormControl) => unknown, value: unknown) => validator(new FormControl(value));

describe('form validators mirroring the server', () => {
  it('password policy: 8+ characters, digit, lower and upper case, 4 distinct characters', () => {
    expect(check(passwordPolicyValidator, 'Demo@2024')).toBeNull();
    expect(check(passwordPolicyValidator, 'Abcdefg1')).toBeNull();
    expect(check(passwordPolicyValidator, 'Ab1')).toEqual({ password: true });
    expect(check(passwordPolicyValidator, 'abcdefg1')).toEqual({ password: true });
    expect(check(passwordPolicyValidator, 'ABCDEFG1')).toEqual({ password: true });
    expect(check(passwordPolicyValidator, 'Abcdefgh')).toEqual({ password: true });
    expect(check(passwordPolicyValidator, 'Aa1Aa1Aa1')).toEqual({ password: true });
    expect(check(passwordPolicyValidator, '')).toBeNull();
  });

  it('phone: digits, spaces and + - ( ), 5–32 characters', () => {
    expect(check(phoneValidator, '021-6888 0000')).toBeNull();
    expect(check(phoneValidator, '+86 (21) 12345678')).toBeNull();
    expect(check(phoneValidator, '138****5678')).toEqual({ phone: true });
    expect(check(phoneValidator, '1234')).toEqual({ phone: true });
    expect(check(phoneValidator, null)).toBeNull();
  });

  it('a masked value sent back unchanged is accepted as "keep it"; a changed one must be valid', () => {
    const phone = keepingMaskedValue('138****5678', phoneValidator);
    expect(check(phone, '138****5678')).toBeNull();
    expect(check(phone, '139****5678')).toEqual({ phone: true });
    expect(check(phone, '13912345678')).toBeNull();
    expect(check(keepingMaskedValue('13812345678', phoneValidator), '138****5678')).toEqual({ phone: true });
  });

  it('user name: letters, digits and . _ @ -', () => {
    expect(check(userNameValidator, 'demo-pudong')).toBeNull();
    expect(check(userNameValidator, 'wang.li@sh')).toBeNull();
    expect(check(userNameValidator, '王力')).toEqual({ userName: true });
    expect(check(userNameValidator, 'a b')).toEqual({ userName: true });
  });

  it('url: absolute http or https only', () => {
    expect(check(urlValidator, 'https://example.cn')).toBeNull();
    expect(check(urlValidator, 'http://example.cn/a?b=c')).toBeNull();
    expect(check(urlValidator, 'example.cn')).toEqual({ url: true });
    expect(check(urlValidator, 'ftp://example.cn')).toEqual({ url: true });
    expect(check(urlValidator, '')).toBeNull();
  });

  it('integer', () => {
    expect(check(integerValidator, 12)).toBeNull();
    expect(check(integerValidator, 1.5)).toEqual({ integer: true });
  });

  it('not in the future (Date or yyyy-MM-dd)', () => {
    const validator = notInFutureValidator(() => '2024-06-30');
    expect(check(validator, '2024-06-30')).toBeNull();
    expect(check(validator, new Date(2024, 5, 1))).toBeNull();
    expect(check(validator, '2024-07-01')).toEqual({ notInFuture: true });
    expect(check(validator, new Date(2025, 0, 1))).toEqual({ notInFuture: true });
    expect(check(validator, null)).toBeNull();
  });

  it('a part may not exceed its whole (main business ≤ revenue), shown on the part', () => {
    const group = new FormGroup(
      { revenue: new FormControl<number | null>(100), main: new FormControl<number | null>(120) },
      { validators: notGreaterThanValidator('main', 'revenue', 'DisplayName:OperatingRevenue') }
    );
    expect(group.controls.main.errors).toEqual({ notGreaterThan: { otherLabel: 'DisplayName:OperatingRevenue' } });
    expect(group.valid).toBe(false);
    group.controls.revenue.setValue(150);
    expect(group.controls.main.errors).toBeNull();
    group.controls.revenue.setValue(null);
    group.controls.main.setValue(999);
    expect(group.controls.main.errors).toBeNull();
  });

  it('end date not before start date', () => {
    const group = new FormGroup(
      { start: new FormControl<Date | null>(new Date(2024, 7, 10)), end: new FormControl<Date | null>(new Date(2024, 7, 1)) },
      { validators: dateOrderValidator('start', 'end') }
    );
    expect(group.controls.end.hasError('endBeforeStart')).toBe(true);
    group.controls.end.setValue(new Date(2024, 7, 10));
    expect(group.controls.end.errors).toBeNull();
  });

  it('confirmation must match, keeping the field\'s own errors', () => {
    const group = new FormGroup(
      { password: new FormControl('Abcdefg1'), confirm: new FormControl('Abcdefg2') },
      { validators: matchesValidator('password', 'confirm') }
    );
    expect(group.controls.confirm.hasError('passwordConfirm')).toBe(true);
    group.controls.confirm.setValue('Abcdefg1');
    expect(group.valid).toBe(true);
  });
});

describe('Shanghai calendar dates', () => {
  it('today is Shanghai\'s date, a day ahead of UTC after 16:00 UTC', async () => {
    const { shanghaiToday, daysBetween, addDays } = await import('../format/date-only');
    expect(shanghaiToday(new Date('2026-11-27T15:59:00Z'))).toBe('2026-11-27');
    expect(shanghaiToday(new Date('2026-11-27T16:00:00Z'))).toBe('2026-11-28');
    expect(daysBetween('2024-10-30', '2026-11-27')).toBe(758);
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });
});

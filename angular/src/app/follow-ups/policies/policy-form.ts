import { AbstractControl, FormArray, FormControl, FormGroup, ValidationErrors, ValidatorFn, Validators } from '@angular/forms';
import { ContestTrack } from '../../proxy/models/contest-track';
import { FollowUpPolicyDto } from '../../proxy/models/follow-up-policy-dto';
import { PrizeLevel } from '../../proxy/models/prize-level';
import { UpdateFollowUpPolicyDto } from '../../proxy/models/update-follow-up-policy-dto';
import { integerValidator } from '../../shared/validators/form-validators';

/** The server's ranges (UpdateFollowUpPolicyDto, CadenceRuleDto). */
export const POLICY_LIMITS = { days: { min: 1, max: 3650 }, years: { min: 1, max: 20 }, rules: 20 } as const;

/** The prize select's value for "every prize of the track" (a rule without a prize level). */
export const ALL_PRIZES = 'all';

export type RuleForm = FormGroup<{
  track: FormControl<ContestTrack | null>;
  prizeLevel: FormControl<PrizeLevel | typeof ALL_PRIZES>;
  days: FormControl<number | null>;
}>;

export type PolicyForm = FormGroup<{
  firstContactDays: FormControl<number | null>;
  cultivationYears: FormControl<number | null>;
  defaultDays: FormControl<number | null>;
  rules: FormArray<RuleForm>;
}>;

const days = () => [Validators.required, Validators.min(POLICY_LIMITS.days.min), Validators.max(POLICY_LIMITS.days.max), integerValidator];

/** On the rules array: one rule per (track, prize); the error goes on the later rule's prize field. */
export const uniqueRulesValidator: ValidatorFn = (control: AbstractControl): ValidationErrors | null => {
  const rules = control as FormArray<RuleForm>;
  const seen = new Set<string>();
  for (const rule of rules.controls) {
    const prize = rule.controls.prizeLevel;
    const key = `${rule.controls.track.value}|${prize.value}`;
    const duplicate = rule.controls.track.value !== null && seen.has(key);
    seen.add(key);
    const errors = { ...(prize.errors ?? {}) };
    if (duplicate === 'ruleTwice' in errors) {
      continue;
    }
    if (duplicate) {
      errors['ruleTwice'] = true;
    } else {
      delete errors['ruleTwice'];
    }
    prize.setErrors(Object.keys(errors).length ? errors : null);
  }
  return null;
};

export function createRuleForm(track: ContestTrack | null = 'Enterprise', prizeLevel: PrizeLevel | null = null, value: number | null = 60): RuleForm {
  return new FormGroup({
    track: new FormControl<ContestTrack | null>(track, { validators: [Validators.required] }),
    prizeLevel: new FormControl<PrizeLevel | typeof ALL_PRIZES>(prizeLevel ?? ALL_PRIZES, { nonNullable: true }),
    days: new FormControl<number | null>(value, { validators: days() })
  });
}

export function createPolicyForm(): PolicyForm {
  return new FormGroup({
    firstContactDays: new FormControl<number | null>(30, { validators: days() }),
    cultivationYears: new FormControl<number | null>(3, {
      validators: [Validators.required, Validators.min(POLICY_LIMITS.years.min), Validators.max(POLICY_LIMITS.years.max), integerValidator]
    }),
    defaultDays: new FormControl<number | null>(60, { validators: days() }),
    rules: new FormArray<RuleForm>([], { validators: [uniqueRulesValidator, Validators.maxLength(POLICY_LIMITS.rules)] })
  });
}

/** Puts a saved (or default) policy into the form. */
export function fillPolicyForm(form: PolicyForm, policy: FollowUpPolicyDto): void {
  // Controls one by one: reset() on the group would reset the rules' nullable controls to null.
  form.controls.firstContactDays.reset(policy.firstContactDays);
  form.controls.cultivationYears.reset(policy.cultivationYears);
  form.controls.defaultDays.reset(policy.defaultDays);
  form.controls.rules.clear({ emitEvent: false });
  for (const rule of policy.rules) {
    form.controls.rules.push(createRuleForm(rule.track, rule.prizeLevel ?? null, rule.days), { emitEvent: false });
  }
  form.controls.rules.updateValueAndValidity();
  form.markAsPristine();
}

export function toUpdatePolicyDto(form: PolicyForm, concurrencyStamp: string | null | undefined): UpdateFollowUpPolicyDto {
  const value = form.getRawValue();
  return {
    firstContactDays: Number(value.firstContactDays),
    cultivationYears: Number(value.cultivationYears),
    defaultDays: Number(value.defaultDays),
    rules: value.rules.map(rule => ({
      track: rule.track,
      prizeLevel: rule.prizeLevel === ALL_PRIZES ? null : rule.prizeLevel,
      days: Number(rule.days)
    })),
    concurrencyStamp: concurrencyStamp ?? null
  };
}

import { AbstractControl, FormArray, FormControl, FormGroup, ValidationErrors, ValidatorFn, Validators } from '@angular/forms';
import { LogServiceDto } from '../../proxy/models/log-service-dto';
import { ServiceCategory } from '../../proxy/models/service-category';
import { ServiceChannel } from '../../proxy/models/service-channel';
import { parseDateOnly, shanghaiToday } from '../../shared/format/date-only';
import { blankToNull } from '../../shared/ui/form-helpers';
import { notInFutureValidator } from '../../shared/validators/form-validators';

/** Lengths and counts from the server's FollowUpConsts and LogServiceDto. */
export const SERVICE_LIMITS = { summary: 2000, outcome: 2000, request: 1000, requests: 20 } as const;

export type RequestForm = FormGroup<{
  description: FormControl<string>;
  category: FormControl<ServiceCategory | null>;
  ownerId: FormControl<string | null>;
}>;

export type LogServiceForm = FormGroup<{
  servedOn: FormControl<Date | null>;
  category: FormControl<ServiceCategory | null>;
  channel: FormControl<ServiceChannel | null>;
  summary: FormControl<string>;
  outcome: FormControl<string>;
  nextContactOn: FormControl<Date | null>;
  requests: FormArray<RequestForm>;
}>;

/** On the form: an agreed next contact is after the service (the server's NextContactNotAfterService). */
export const nextContactAfterServiceValidator: ValidatorFn = (group: AbstractControl): ValidationErrors | null => {
  const served = parseDateOnly(group.get('servedOn')?.value);
  const control = group.get('nextContactOn');
  const next = parseDateOnly(control?.value);
  const broken = served !== null && next !== null && next <= served;
  const errors = { ...(control?.errors ?? {}) };
  if (broken === 'nextContactAfter' in errors) {
    return null;
  }
  if (broken) {
    errors['nextContactAfter'] = true;
  } else {
    delete errors['nextContactAfter'];
  }
  control?.setErrors(Object.keys(errors).length ? errors : null);
  return null;
};

/** A visit today is the usual case: the date is filled in, the channel defaults to 走访 (a visit). */
export function createLogServiceForm(today: () => string = shanghaiToday): LogServiceForm {
  const [y, m, d] = today().split('-').map(Number);
  return new FormGroup(
    {
      servedOn: new FormControl<Date | null>(new Date(y, m - 1, d), { validators: [Validators.required, notInFutureValidator(today)] }),
      category: new FormControl<ServiceCategory | null>(null, { validators: [Validators.required] }),
      channel: new FormControl<ServiceChannel | null>('Visit', { validators: [Validators.required] }),
      summary: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(SERVICE_LIMITS.summary), notBlank] }),
      outcome: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(SERVICE_LIMITS.outcome)] }),
      nextContactOn: new FormControl<Date | null>(null),
      requests: new FormArray<RequestForm>([], { validators: [Validators.maxLength(SERVICE_LIMITS.requests)] })
    },
    { validators: [nextContactAfterServiceValidator] }
  );
}

/** A request raised in the contact; its category defaults to the service's. */
export function createRequestForm(category: ServiceCategory | null): RequestForm {
  return new FormGroup({
    description: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(SERVICE_LIMITS.request), notBlank] }),
    category: new FormControl<ServiceCategory | null>(category, { validators: [Validators.required] }),
    ownerId: new FormControl<string | null>(null)
  });
}

export function toLogServiceDto(form: LogServiceForm): LogServiceDto {
  const value = form.getRawValue();
  return {
    servedOn: parseDateOnly(value.servedOn),
    category: value.category,
    channel: value.channel,
    summary: value.summary.trim(),
    outcome: blankToNull(value.outcome),
    nextContactOn: parseDateOnly(value.nextContactOn),
    requests: value.requests.map(r => ({ description: r.description.trim(), category: r.category, ownerId: r.ownerId || null }))
  };
}

/** Whitespace only is as empty as nothing (the server's NotNullOrWhiteSpace). */
export function notBlank(control: AbstractControl): ValidationErrors | null {
  return typeof control.value === 'string' && control.value.length > 0 && control.value.trim() === '' ? { required: true } : null;
}

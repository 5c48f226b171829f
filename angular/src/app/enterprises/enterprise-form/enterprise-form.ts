import { FormControl, FormGroup, Validators } from '@angular/forms';
import { CreateEnterpriseDto } from '../../proxy/models/create-enterprise-dto';
import { EnterpriseDto } from '../../proxy/models/enterprise-dto';
import { EnterpriseKind } from '../../proxy/models/enterprise-kind';
import { Gender } from '../../proxy/models/gender';
import { UpdateEnterpriseDto } from '../../proxy/models/update-enterprise-dto';
import { parseDateOnly, toDate } from '../../shared/format/date-only';
import { wanToYuan, yuanToWan } from '../../shared/format/money';
import { blankToNull } from '../../shared/ui/form-helpers';
import { creditCodeValidator, normalizeCreditCode } from '../../shared/validators/credit-code';
import { notInFutureValidator, urlValidator } from '../../shared/validators/form-validators';

/** Lengths from the server's EnterpriseConsts. */
export const EnterpriseLimits = { name: 128, creditCode: 32, address: 256, website: 256, leadName: 64, industryFieldText: 64, maxAmountWan: 999_999_999_999 } as const;

export type EnterpriseForm = ReturnType<typeof createEnterpriseForm>;

/** The create/edit form, validating as the server does: a credit code is required for a company, optional for a maker team. */
export function createEnterpriseForm() {
  const form = new FormGroup({
    kind: new FormControl<EnterpriseKind>('Company', { nonNullable: true }),
    name: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(EnterpriseLimits.name)] }),
    creditCode: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(EnterpriseLimits.creditCode), creditCodeValidator] }),
    districtId: new FormControl<string | null>(null, { validators: [Validators.required] }),
    industryFieldId: new FormControl<string | null>(null),
    /** 行业领域 as the source wrote it: kept through every save (only clearing it drops it). */
    industryFieldText: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(EnterpriseLimits.industryFieldText)] }),
    foundedOn: new FormControl<Date | null>(null, { validators: [notInFutureValidator()] }),
    registeredCapital: new FormControl<number | null>(null, { validators: [Validators.min(0), Validators.max(EnterpriseLimits.maxAmountWan)] }),
    address: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(EnterpriseLimits.address)] }),
    website: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(EnterpriseLimits.website), urlValidator] }),
    leadName: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(EnterpriseLimits.leadName)] }),
    leadGender: new FormControl<Gender>('Unknown', { nonNullable: true })
  });
  applyKindRules(form);
  form.controls.kind.valueChanges.subscribe(() => applyKindRules(form));
  return form;
}

/** A company must have a credit code; a maker team may not have one yet. */
export function applyKindRules(form: EnterpriseForm): void {
  const creditCode = form.controls.creditCode;
  if (form.controls.kind.value === 'Company') {
    creditCode.addValidators(Validators.required);
  } else {
    creditCode.removeValidators(Validators.required);
  }
  creditCode.updateValueAndValidity({ emitEvent: false });
}

export function fillEnterpriseForm(form: EnterpriseForm, enterprise: EnterpriseDto): void {
  form.reset({
    kind: enterprise.kind ?? 'Company',
    name: enterprise.name,
    creditCode: enterprise.creditCode ?? '',
    districtId: enterprise.districtId ?? null,
    industryFieldId: enterprise.industryFieldId ?? null,
    industryFieldText: enterprise.industryFieldText ?? '',
    foundedOn: toDate(enterprise.foundedOn),
    registeredCapital: yuanToWan(enterprise.registeredCapital),
    address: enterprise.address ?? '',
    website: enterprise.website ?? '',
    leadName: enterprise.leadName ?? '',
    leadGender: enterprise.leadGender ?? 'Unknown'
  });
  applyKindRules(form);
}

export function toUpdateDto(form: EnterpriseForm, concurrencyStamp: string | null): UpdateEnterpriseDto {
  const value = form.getRawValue();
  return {
    name: value.name.trim(),
    creditCode: blankToNull(normalizeCreditCode(value.creditCode)),
    districtId: value.districtId,
    industryFieldId: value.industryFieldId,
    industryFieldText: blankToNull(value.industryFieldText),
    foundedOn: parseDateOnly(value.foundedOn),
    registeredCapital: wanToYuan(value.registeredCapital),
    address: blankToNull(value.address),
    website: blankToNull(value.website),
    leadName: blankToNull(value.leadName),
    leadGender: value.leadGender,
    concurrencyStamp
  };
}

export function toCreateDto(form: EnterpriseForm): CreateEnterpriseDto {
  const { concurrencyStamp: _stamp, ...rest } = toUpdateDto(form, null);
  return { ...rest, kind: form.controls.kind.value };
}

/** Server problem codes that belong to one field though the server sends no field errors for them. */
export const FIELD_OF_CODE: Record<string, string> = {
  'Cultivation:02001': 'creditCode',
  'Cultivation:02002': 'creditCode',
  'Cultivation:02003': 'creditCode',
  'Cultivation:02019': 'foundedOn',
  'Cultivation:02020': 'districtId',
  'Cultivation:02021': 'industryFieldId'
};

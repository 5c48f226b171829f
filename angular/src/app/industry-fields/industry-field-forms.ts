import { AbstractControl, FormControl, FormGroup, ValidationErrors, ValidatorFn, Validators } from '@angular/forms';
import { CreateIndustryFieldDto } from '../proxy/models/create-industry-field-dto';
import { CreateLocalIndustryDto } from '../proxy/models/create-local-industry-dto';
import { IndustryFieldDto } from '../proxy/models/industry-field-dto';
import { LocalIndustryDto } from '../proxy/models/local-industry-dto';
import { UpdateIndustryFieldDto } from '../proxy/models/update-industry-field-dto';
import { UpdateLocalIndustryDto } from '../proxy/models/update-local-industry-dto';
import { blankToNull } from '../shared/ui/form-helpers';
import { notBlank } from '../follow-ups/log-service/log-service-form';

/** The server's IndustryFieldConsts. */
export const INDUSTRY_LIMITS = { code: 32, name: 64, description: 512, aliases: 20, system: 64, group: 32, source: 256, order: 9999 } as const;

const CODE_PATTERN = /^[0-9A-Za-z_-]+$/;

/** At most `max` entries in a list control (the error key the field-error pipe reads as maxTags). */
function maxTags(max: number): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null => (Array.isArray(control.value) && control.value.length > max ? { maxTags: { max } } : null);
}

/** Aliases as the server keeps them: trimmed, blanks and repeats dropped, the field's own name left out. */
export function cleanAliases(aliases: readonly string[], name: string): string[] {
  const key = (value: string) => value.normalize('NFKC').trim().toLowerCase();
  const seen = new Set<string>([key(name)]);
  const kept: string[] = [];
  for (const alias of aliases.map(a => a.trim()).filter(a => a !== '')) {
    if (!seen.has(key(alias))) {
      seen.add(key(alias));
      kept.push(alias);
    }
  }
  return kept;
}

export function createFieldForm(creating: boolean) {
  return new FormGroup({
    code: new FormControl('', {
      nonNullable: true,
      validators: creating ? [Validators.required, Validators.maxLength(INDUSTRY_LIMITS.code), Validators.pattern(CODE_PATTERN)] : []
    }),
    name: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(INDUSTRY_LIMITS.name), notBlank] }),
    englishName: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(INDUSTRY_LIMITS.name)] }),
    description: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(INDUSTRY_LIMITS.description)] }),
    aliases: new FormControl<string[]>([], { nonNullable: true, validators: [maxTags(INDUSTRY_LIMITS.aliases)] }),
    isStrategicEmerging: new FormControl(true, { nonNullable: true }),
    isActive: new FormControl(true, { nonNullable: true }),
    displayOrder: new FormControl<number | null>(0, { validators: [Validators.min(0), Validators.max(INDUSTRY_LIMITS.order)] })
  });
}

export type FieldForm = ReturnType<typeof createFieldForm>;

export function fillFieldForm(form: FieldForm, field: IndustryFieldDto): void {
  form.reset({
    code: field.code,
    name: field.name,
    englishName: field.englishName ?? '',
    description: field.description ?? '',
    aliases: [...field.aliases],
    isStrategicEmerging: field.isStrategicEmerging,
    isActive: field.isActive,
    displayOrder: field.displayOrder
  });
}

export function toUpdateFieldDto(form: FieldForm, concurrencyStamp: string | null): UpdateIndustryFieldDto {
  const value = form.getRawValue();
  const name = value.name.trim();
  return {
    name,
    englishName: blankToNull(value.englishName),
    description: blankToNull(value.description),
    aliases: cleanAliases(value.aliases, name),
    isStrategicEmerging: value.isStrategicEmerging,
    isActive: value.isActive,
    displayOrder: value.displayOrder ?? 0,
    concurrencyStamp
  };
}

export function toCreateFieldDto(form: FieldForm): CreateIndustryFieldDto {
  const { concurrencyStamp: _stamp, ...rest } = toUpdateFieldDto(form, null);
  return { ...rest, code: form.controls.code.value.trim() };
}

/** A field as it is, for a one-property change (retire, reactivate) that keeps everything else. */
export function fieldAsUpdate(field: IndustryFieldDto): UpdateIndustryFieldDto {
  return {
    name: field.name,
    englishName: field.englishName ?? null,
    description: field.description ?? null,
    aliases: [...field.aliases],
    isStrategicEmerging: field.isStrategicEmerging,
    isActive: field.isActive,
    displayOrder: field.displayOrder,
    concurrencyStamp: field.concurrencyStamp
  };
}

export function createLocalForm(creating: boolean) {
  return new FormGroup({
    code: new FormControl('', {
      nonNullable: true,
      validators: creating ? [Validators.required, Validators.maxLength(INDUSTRY_LIMITS.code), Validators.pattern(CODE_PATTERN)] : []
    }),
    name: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(INDUSTRY_LIMITS.name), notBlank] }),
    system: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(INDUSTRY_LIMITS.system), notBlank] }),
    group: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(INDUSTRY_LIMITS.group)] }),
    source: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(INDUSTRY_LIMITS.source)] }),
    industryFieldId: new FormControl<string | null>(null, { validators: [Validators.required] }),
    mappingConfirmed: new FormControl(false, { nonNullable: true }),
    isActive: new FormControl(true, { nonNullable: true }),
    displayOrder: new FormControl<number | null>(0, { validators: [Validators.min(0), Validators.max(INDUSTRY_LIMITS.order)] })
  });
}

export type LocalForm = ReturnType<typeof createLocalForm>;

export function fillLocalForm(form: LocalForm, local: LocalIndustryDto): void {
  form.reset({
    code: local.code,
    name: local.name,
    system: local.system,
    group: local.group ?? '',
    source: local.source ?? '',
    industryFieldId: local.industryFieldId,
    mappingConfirmed: local.mappingConfirmed,
    isActive: local.isActive,
    displayOrder: local.displayOrder
  });
}

export function toUpdateLocalDto(form: LocalForm, concurrencyStamp: string | null): UpdateLocalIndustryDto {
  const value = form.getRawValue();
  return {
    name: value.name.trim(),
    system: value.system.trim(),
    group: blankToNull(value.group),
    source: blankToNull(value.source),
    industryFieldId: value.industryFieldId,
    mappingConfirmed: value.mappingConfirmed,
    isActive: value.isActive,
    displayOrder: value.displayOrder ?? 0,
    concurrencyStamp
  };
}

export function toCreateLocalDto(form: LocalForm): CreateLocalIndustryDto {
  const { concurrencyStamp: _stamp, ...rest } = toUpdateLocalDto(form, null);
  return { ...rest, code: form.controls.code.value.trim() };
}

/** An entry as it is, for a one-step change (confirm, remap, retire) that keeps everything else. */
export function localAsUpdate(local: LocalIndustryDto): UpdateLocalIndustryDto {
  return {
    name: local.name,
    system: local.system,
    group: local.group ?? null,
    source: local.source ?? null,
    industryFieldId: local.industryFieldId,
    mappingConfirmed: local.mappingConfirmed,
    isActive: local.isActive,
    displayOrder: local.displayOrder,
    concurrencyStamp: local.concurrencyStamp
  };
}

export interface LocalGroup {
  group: string | null;
  entries: LocalIndustryDto[];
}

export interface LocalSystem {
  system: string;
  groups: LocalGroup[];
}

/** Shanghai's entries by system, then group, in the server's order (display order, code) of first appearance. */
export function groupLocals(locals: readonly LocalIndustryDto[]): LocalSystem[] {
  const systems: LocalSystem[] = [];
  for (const local of locals) {
    let system = systems.find(s => s.system === local.system);
    if (!system) {
      system = { system: local.system, groups: [] };
      systems.push(system);
    }
    const groupName = local.group ?? null;
    let group = system.groups.find(g => g.group === groupName);
    if (!group) {
      group = { group: groupName, entries: [] };
      system.groups.push(group);
    }
    group.entries.push(local);
  }
  return systems;
}

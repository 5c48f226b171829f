import { AbstractControl, FormControl, FormGroup, ValidationErrors, Validators } from '@angular/forms';
import { FinancingStage } from '../../proxy/models/financing-stage';
import { ProjectProfileDto } from '../../proxy/models/project-profile-dto';
import { RecordConsentDto } from '../../proxy/models/record-consent-dto';
import { SaveProjectProfileDto } from '../../proxy/models/save-project-profile-dto';
import { parseDateOnly, shanghaiToday, toDate } from '../../shared/format/date-only';
import { wanToYuan, yuanToWan } from '../../shared/format/money';
import { blankToNull } from '../../shared/ui/form-helpers';
import { notGreaterThanValidator, notInFutureValidator } from '../../shared/validators/form-validators';

/** Lengths from the server's ProfileConsts; amounts in 万元 (the server keeps yuan, at most 100亿). */
export const ProfileLimits = {
  headline: 100, summary: 2000, section: 2000, useOfFunds: 500, chainTags: 8, chainTag: 20, consentedBy: 64, consentNote: 500,
  withdrawReason: 200, maxAmountWan: 1_000_000
} as const;

/** Chain tags: at most eight, each at most twenty characters, no duplicates. */
export function chainTagsValidator(control: AbstractControl): ValidationErrors | null {
  const tags = (control.value ?? []) as string[];
  if (tags.length > ProfileLimits.chainTags) {
    return { maxTags: { max: ProfileLimits.chainTags } };
  }
  return tags.some(tag => tag.length > ProfileLimits.chainTag) ? { maxlength: { requiredLength: ProfileLimits.chainTag } } : null;
}

/** Trims, drops blanks and repeats, keeping the order the officer typed. */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim();
    if (tag && !seen.has(tag)) {
      seen.add(tag);
      result.push(tag);
    }
  }
  return result;
}

export type ProfileForm = ReturnType<typeof createProfileForm>;

export function createProfileForm() {
  const text = (max: number, required = false) =>
    new FormControl('', { nonNullable: true, validators: required ? [Validators.required, Validators.maxLength(max)] : [Validators.maxLength(max)] });
  const amount = () => new FormControl<number | null>(null, { validators: [Validators.min(0), Validators.max(ProfileLimits.maxAmountWan)] });
  return new FormGroup(
    {
      headline: text(ProfileLimits.headline, true),
      headlineEn: text(ProfileLimits.headline),
      summary: text(ProfileLimits.summary, true),
      summaryEn: text(ProfileLimits.summary),
      productAndTechnology: text(ProfileLimits.section),
      marketAndCustomers: text(ProfileLimits.section),
      team: text(ProfileLimits.section),
      financingStage: new FormControl<FinancingStage | null>(null),
      financingAmountMin: amount(),
      financingAmountMax: amount(),
      useOfFunds: text(ProfileLimits.useOfFunds),
      chainTags: new FormControl<string[]>([], { nonNullable: true, validators: [chainTagsValidator] })
    },
    { validators: [notGreaterThanValidator('financingAmountMin', 'financingAmountMax', 'profile.financingAmountMax')] }
  );
}

/** The form's values from a saved profile (amounts in 万元), or an empty form for a new one. */
export function fillProfileForm(form: ProfileForm, profile: ProjectProfileDto | null): void {
  form.reset({
    headline: profile?.headline ?? '',
    headlineEn: profile?.headlineEn ?? '',
    summary: profile?.summary ?? '',
    summaryEn: profile?.summaryEn ?? '',
    productAndTechnology: profile?.productAndTechnology ?? '',
    marketAndCustomers: profile?.marketAndCustomers ?? '',
    team: profile?.team ?? '',
    financingStage: profile?.financingStage ?? null,
    financingAmountMin: yuanToWan(profile?.financingAmountMin),
    financingAmountMax: yuanToWan(profile?.financingAmountMax),
    useOfFunds: profile?.useOfFunds ?? '',
    chainTags: [...(profile?.chainTags ?? [])]
  });
}

export function toSaveDto(form: ProfileForm, concurrencyStamp: string | null): SaveProjectProfileDto {
  const value = form.getRawValue();
  return {
    headline: value.headline.trim(),
    headlineEn: blankToNull(value.headlineEn),
    summary: value.summary.trim(),
    summaryEn: blankToNull(value.summaryEn),
    productAndTechnology: blankToNull(value.productAndTechnology),
    marketAndCustomers: blankToNull(value.marketAndCustomers),
    team: blankToNull(value.team),
    financingStage: value.financingStage,
    financingAmountMin: wanToYuan(value.financingAmountMin),
    financingAmountMax: wanToYuan(value.financingAmountMax),
    useOfFunds: blankToNull(value.useOfFunds),
    chainTags: normalizeTags(value.chainTags),
    concurrencyStamp
  };
}

/** Server problem codes that belong to one field. */
export const PROFILE_FIELD_OF_CODE: Record<string, string> = {
  'Cultivation:10003': 'financingAmountMin',
  'Cultivation:10004': 'chainTags'
};

export type ConsentForm = ReturnType<typeof createConsentForm>;

/** Who agreed, when (not after today), to which of the three uses, and the evidence. */
export function createConsentForm(profile: ProjectProfileDto | null, today: () => string = shanghaiToday) {
  const consent = profile?.consent ?? null;
  return new FormGroup({
    consentedBy: new FormControl(consent?.consentedBy ?? '', { nonNullable: true, validators: [Validators.required, Validators.maxLength(ProfileLimits.consentedBy)] }),
    consentedOn: new FormControl<Date | null>(toDate(consent?.consentedOn ?? today()), { validators: [Validators.required, notInFutureValidator(today)] }),
    profile: new FormControl(consent?.profile ?? true, { nonNullable: true }),
    exactFigures: new FormControl(consent?.exactFigures ?? false, { nonNullable: true }),
    contactThroughOfficer: new FormControl(consent?.contactThroughOfficer ?? true, { nonNullable: true }),
    note: new FormControl(consent?.note ?? '', { nonNullable: true, validators: [Validators.maxLength(ProfileLimits.consentNote)] })
  });
}

export function toConsentDto(form: ConsentForm, concurrencyStamp: string | null): RecordConsentDto {
  const value = form.getRawValue();
  return {
    consentedBy: value.consentedBy.trim(),
    consentedOn: parseDateOnly(value.consentedOn),
    profile: value.profile,
    exactFigures: value.exactFigures,
    contactThroughOfficer: value.contactThroughOfficer,
    note: blankToNull(value.note),
    concurrencyStamp
  };
}

/** What the officer may do next with the profile, as the server's rules allow. */
export function profileActions(profile: ProjectProfileDto | null): { publish: boolean; withdraw: boolean; needsConsent: boolean } {
  if (!profile) {
    return { publish: false, withdraw: false, needsConsent: false };
  }
  const consented = !!profile.consent?.profile;
  return {
    publish: profile.status !== 'Published',
    withdraw: profile.status === 'Published',
    needsConsent: profile.status !== 'Published' && !consented
  };
}

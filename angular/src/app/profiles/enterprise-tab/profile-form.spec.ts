import { ProjectProfileDto } from '../../proxy/models/project-profile-dto';
import { createConsentForm, createProfileForm, fillProfileForm, normalizeTags, profileActions, toConsentDto, toSaveDto } from './profile-form';

const profile = {
  id: 'p1', enterpriseId: 'e1', districtId: 'd1', status: 'Draft', headline: '工业视觉质检平台', summary: '面向3C制造的AI质检',
  financingStage: 'SeriesA', financingAmountMin: 10_000_000, financingAmountMax: 30_000_000, chainTags: ['人工智能', '智能制造'],
  consent: null, concurrencyStamp: 's1'
} as unknown as ProjectProfileDto;

describe('project profile form', () => {
  it('shows amounts in 万元 and saves them in yuan', () => {
    const form = createProfileForm();
    fillProfileForm(form, profile);
    expect(form.controls.financingAmountMin.value).toBe(1000);
    expect(form.controls.financingAmountMax.value).toBe(3000);
    const dto = toSaveDto(form, 's1');
    expect(dto).toMatchObject({ headline: '工业视觉质检平台', financingAmountMin: 10_000_000, financingAmountMax: 30_000_000, headlineEn: null, concurrencyStamp: 's1' });
  });

  it('requires the headline and summary and keeps the minimum under the maximum', () => {
    const form = createProfileForm();
    fillProfileForm(form, null);
    expect(form.controls.headline.hasError('required')).toBe(true);
    fillProfileForm(form, profile);
    form.patchValue({ financingAmountMin: 5000, financingAmountMax: 3000 });
    expect(form.controls.financingAmountMin.hasError('notGreaterThan')).toBe(true);
    expect(form.invalid).toBe(true);
  });

  it('accepts at most eight chain tags, trimmed and without repeats', () => {
    const form = createProfileForm();
    fillProfileForm(form, profile);
    form.controls.chainTags.setValue(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i']);
    expect(form.controls.chainTags.hasError('maxTags')).toBe(true);
    expect(normalizeTags([' 人工智能 ', '人工智能', '', '机器人'])).toEqual(['人工智能', '机器人']);
  });

  it('records consent with the date as a day, not after today', () => {
    const form = createConsentForm(profile, () => '2026-12-03');
    expect(form.controls.profile.value).toBe(true);
    form.patchValue({ consentedBy: ' 张明 总经理 ', consentedOn: new Date(2026, 11, 1) });
    expect(toConsentDto(form, 's1')).toMatchObject({ consentedBy: '张明 总经理', consentedOn: '2026-12-01', profile: true, exactFigures: false, note: null });
    form.patchValue({ consentedOn: new Date(2026, 11, 9) });
    expect(form.controls.consentedOn.hasError('notInFuture')).toBe(true);
  });

  it('offers publish only with recorded consent in mind, and withdraw only when published', () => {
    expect(profileActions(null)).toEqual({ publish: false, withdraw: false, needsConsent: false });
    expect(profileActions(profile)).toEqual({ publish: true, withdraw: false, needsConsent: true });
    const consented = { ...profile, consent: { profile: true } } as ProjectProfileDto;
    expect(profileActions(consented).needsConsent).toBe(false);
    expect(profileActions({ ...consented, status: 'Published' })).toEqual({ publish: false, withdraw: true, needsConsent: false });
  });
});

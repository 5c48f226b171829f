import { TestBed } from '@angular/core/testing';
import { I18nService, UNRESOLVED_SERVER_KEY } from './i18n.service';
import { LANGUAGE_STORAGE_KEY } from './language';
import { withServerTexts } from '../../testing/server-texts';

describe('I18nService', () => {
  beforeEach(() => localStorage.clear());

  it('starts in Chinese, switches to English at run time and remembers the choice', () => {
    const i18n = withServerTexts(TestBed.inject(I18nService));
    expect(i18n.language()).toBe('zh-CN');
    expect(i18n.t('nav.enterprises')).toBe('企业库');
    expect(i18n.enumLabel('PrizeLevel', 'First')).toBe('一等奖');
    i18n.setLanguage('en');
    expect(i18n.t('nav.enterprises')).toBe('Enterprises');
    expect(i18n.t('common.totalItems', { count: 3 })).toBe('3 in total');
    expect(i18n.acceptLanguage()).toBe('en');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    i18n.setLanguage('zh-CN');
    expect(i18n.acceptLanguage()).toBe('zh-Hans');
  });

  it("shows the server's labels of enums, roles, fields and permissions in the current language", () => {
    const i18n = withServerTexts(TestBed.inject(I18nService));
    expect(i18n.enumLabel('Gender', 'Unknown')).toBe('未说明');
    expect(i18n.enumLabel('Role', 'DistrictOfficer')).toBe('区中小企业主管部门');
    expect(i18n.t('DisplayName:CreditCode')).toBe('统一社会信用代码');
    expect(i18n.t('Permission:Cultivation.FollowUps')).toBe('跟踪服务');
    i18n.setLanguage('en');
    // The server keeps English enum names lower case for sentences; a label starts with a capital.
    expect(i18n.enumLabel('PrizeLevel', 'First')).toBe('First prize');
    expect(i18n.t('DisplayName:CreditCode')).toBe('Unified social credit code');
  });

  it('shows a label the server does not have as its key, so that it is seen and caught', () => {
    const i18n = withServerTexts(TestBed.inject(I18nService));
    expect(i18n.enumLabel('PrizeLevel', 'Gold')).toBe('Enum:PrizeLevel.Gold');
    expect(i18n.t('DisplayName:NoSuchField')).toMatch(UNRESOLVED_SERVER_KEY);
    expect(i18n.enumLabel('PrizeLevel', null)).toBe('');
  });
});

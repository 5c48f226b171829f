import { TestBed } from '@angular/core/testing';
import { I18nService } from './i18n.service';
import { LANGUAGE_STORAGE_KEY } from './language';

describe('I18nService', () => {
  beforeEach(() => localStorage.clear());

  it('starts in Chinese, switches to English at run time and remembers the choice', () => {
    const i18n = TestBed.inject(I18nService);
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

  it('shows an unknown enum value as it is rather than failing', () => {
    expect(TestBed.inject(I18nService).enumLabel('PrizeLevel', 'Gold')).toBe('Gold');
  });
});

// For unit tests only: the server's localization files, as GET /api/app/application-configuration serves them,
// so that specs render the real labels (and a key missing on the server shows as the key).
import zhHans from '../../../../src/Cultivation.Domain.Shared/Localization/Cultivation/zh-Hans.json';
import en from '../../../../src/Cultivation.Domain.Shared/Localization/Cultivation/en.json';
import { I18nService, SERVER_KEY_PREFIXES } from '../core/i18n/i18n.service';

function served(texts: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(texts).filter(([key]) => SERVER_KEY_PREFIXES.some(prefix => key.startsWith(prefix + ':'))));
}

export const SERVER_TEXTS = { 'zh-CN': served(zhHans.texts), en: served(en.texts) } as const;

/** Gives an I18nService the server's texts of both languages, as the application configuration would. */
export function withServerTexts(i18n: I18nService): I18nService {
  i18n.setServerTexts('zh-CN', SERVER_TEXTS['zh-CN']);
  i18n.setServerTexts('en', SERVER_TEXTS.en);
  return i18n;
}

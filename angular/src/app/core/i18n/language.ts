/** The UI languages: Simplified Chinese first, English second. */
export type Language = 'zh-CN' | 'en';

export const DEFAULT_LANGUAGE: Language = 'zh-CN';
export const LANGUAGE_STORAGE_KEY = 'cultivation.language';

/** The culture names the server understands in Accept-Language. */
export function acceptLanguageOf(language: Language): string {
  return language === 'en' ? 'en' : 'zh-Hans';
}

export function readStoredLanguage(): Language {
  try {
    return localStorage.getItem(LANGUAGE_STORAGE_KEY) === 'en' ? 'en' : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

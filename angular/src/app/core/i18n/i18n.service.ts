import { Injectable, inject, signal } from '@angular/core';
import { DOCUMENT } from '@angular/common';
import { NzI18nService, en_US, zh_CN } from 'ng-zorro-antd/i18n';
import { en } from './messages.en';
import { MessageKey, zhCN } from './messages.zh-CN';
import { LANGUAGE_STORAGE_KEY, Language, acceptLanguageOf, readStoredLanguage } from './language';

export type MessageParams = Record<string, string | number | null | undefined>;

/** The runtime language switch: UI texts, ng-zorro's own texts, <html lang> and the Accept-Language sent to the API. */
@Injectable({ providedIn: 'root' })
export class I18nService {
  private readonly nzI18n = inject(NzI18nService);
  private readonly document = inject(DOCUMENT);
  private readonly current = signal<Language>(readStoredLanguage());

  readonly language = this.current.asReadonly();

  constructor() {
    this.apply(this.current());
  }

  setLanguage(language: Language): void {
    try {
      localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
    } catch {
      // Private mode without storage: the choice lasts for this page only.
    }
    this.current.set(language);
    this.apply(language);
  }

  acceptLanguage(): string {
    return acceptLanguageOf(this.current());
  }

  /** The text for a key in the current language; {name} placeholders are filled from params. */
  t(key: MessageKey, params?: MessageParams): string {
    const texts = this.current() === 'en' ? en : zhCN;
    const text: string = texts[key] ?? zhCN[key] ?? key;
    return params ? text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? '')) : text;
  }

  /** The label of a server enum value, e.g. ('PrizeLevel', 'First') → 一等奖; '' for null. */
  enumLabel(enumName: string, value: string | null | undefined): string {
    if (value === null || value === undefined || value === '') {
      return '';
    }
    const key = `enum.${enumName}.${value}`;
    return isMessageKey(key) ? this.t(key) : value;
  }

  private apply(language: Language): void {
    this.nzI18n.setLocale(language === 'en' ? en_US : zh_CN);
    this.document.documentElement.lang = language;
  }
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(zhCN, key);
}

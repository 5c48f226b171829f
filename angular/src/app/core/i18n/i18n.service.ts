import { Injectable, inject, signal } from '@angular/core';
import { DOCUMENT } from '@angular/common';
import { NzI18nService, en_US, zh_CN } from 'ng-zorro-antd/i18n';
import { en } from './messages.en';
import { MessageKey, zhCN } from './messages.zh-CN';
import { LANGUAGE_STORAGE_KEY, Language, acceptLanguageOf, readStoredLanguage } from './language';

export type MessageParams = Record<string, string | number | null | undefined>;

/** The prefixes of the keys whose texts come from the server (GET /api/app/application-configuration). */
export const SERVER_KEY_PREFIXES = ['Enum', 'DisplayName', 'Permission', 'Role'] as const;

/** A key of the server's localization resource, e.g. 'Enum:PrizeLevel.First', 'DisplayName:CreditCode'. */
export type ServerKey = `${(typeof SERVER_KEY_PREFIXES)[number]}:${string}`;

/** Anything the translate pipe resolves: the UI's own texts and the server's labels. */
export type TextKey = MessageKey | ServerKey;

/** A rendered text that is a server key nobody resolved: a missing server text shows, and tests look for it. */
export const UNRESOLVED_SERVER_KEY = /^(Enum|DisplayName|Permission|Role):/;

/**
 * The runtime language switch: UI texts, ng-zorro's own texts, <html lang> and the Accept-Language sent to the
 * API. UI-only texts live in messages.*.ts; labels of enums, fields, permissions and roles are the server's
 * (loaded by ApplicationConfigurationService and given to {@link setServerTexts}).
 */
@Injectable({ providedIn: 'root' })
export class I18nService {
  private readonly nzI18n = inject(NzI18nService);
  private readonly document = inject(DOCUMENT);
  private readonly current = signal<Language>(readStoredLanguage());
  private readonly serverTexts = signal<Partial<Record<Language, Readonly<Record<string, string>>>>>({});

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

  /** The server's texts of one language (from the application configuration). */
  setServerTexts(language: Language, texts: Readonly<Record<string, string>>): void {
    this.serverTexts.update(all => ({ ...all, [language]: texts }));
  }

  hasServerTexts(language: Language): boolean {
    return this.serverTexts()[language] !== undefined;
  }

  /** The text for a key in the current language; {name} placeholders are filled from params. An unknown key shows as itself. */
  t(key: TextKey, params?: MessageParams): string {
    const language = this.current();
    const text: string = isServerKey(key)
      ? (this.serverTexts()[language]?.[key] ?? key)
      : ((language === 'en' ? en : zhCN)[key as MessageKey] ?? zhCN[key as MessageKey] ?? key);
    return params ? text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? '')) : text;
  }

  /**
   * The server's label of an enum value, e.g. ('PrizeLevel', 'First') → 一等奖 (roles: ('Role', 'Investor')); '' for
   * null. English labels start with a capital here: the server keeps them lower case for use inside sentences.
   */
  enumLabel(enumName: string, value: string | null | undefined): string {
    if (value === null || value === undefined || value === '') {
      return '';
    }
    const key: ServerKey = enumName === 'Role' ? `Role:${value}` : `Enum:${enumName}.${value}`;
    const text = this.t(key);
    return this.current() === 'en' && text !== key ? text.charAt(0).toUpperCase() + text.slice(1) : text;
  }

  private apply(language: Language): void {
    this.nzI18n.setLocale(language === 'en' ? en_US : zh_CN);
    this.document.documentElement.lang = language;
  }
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(zhCN, key);
}

export function isServerKey(key: string): key is ServerKey {
  return UNRESOLVED_SERVER_KEY.test(key);
}

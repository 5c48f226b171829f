import { Pipe, PipeTransform, inject } from '@angular/core';
import { I18nService } from '../../core/i18n/i18n.service';

function locale(i18n: I18nService): string {
  return i18n.language() === 'en' ? 'en-GB' : 'zh-CN';
}

/** Intl formatters are costly to create and these pipes run on every change detection: keep one per setting. */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function dateFormat(localeName: string, dateOnly: boolean, withTime: boolean): Intl.DateTimeFormat {
  const key = `date|${localeName}|${dateOnly}|${withTime}`;
  let format = formatters.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) {
    format = new Intl.DateTimeFormat(localeName, {
      timeZone: dateOnly ? 'UTC' : 'Asia/Shanghai',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      ...(withTime ? { hour: '2-digit', minute: '2-digit', hour12: false } : {})
    });
    formatters.set(key, format);
  }
  return format;
}

function numberFormat(localeName: string, kind: 'wan' | 'percent' | 'count'): Intl.NumberFormat {
  const key = `number|${localeName}|${kind}`;
  let format = formatters.get(key) as Intl.NumberFormat | undefined;
  if (!format) {
    const options: Intl.NumberFormatOptions =
      kind === 'wan' ? { minimumFractionDigits: 2, maximumFractionDigits: 2 }
      : kind === 'percent' ? { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }
      : {};
    format = new Intl.NumberFormat(localeName, options);
    formatters.set(key, format);
  }
  return format;
}

/** yyyy-MM-dd (DateOnly) or an ISO instant, shown in the current language; instants in Shanghai time. */
@Pipe({ name: 'appDate', pure: false })
export class AppDatePipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(value: string | null | undefined, withTime = false): string {
    if (!value) {
      return '—';
    }
    const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
    const date = new Date(dateOnly ? `${value}T00:00:00Z` : value);
    if (Number.isNaN(date.getTime())) {
      return value;
    }
    return dateFormat(locale(this.i18n), dateOnly, withTime).format(date);
  }
}

/** Yuan shown as 万元 (ten thousands) with two decimals; the unit is in the column header. */
@Pipe({ name: 'wanYuan', pure: false })
export class WanYuanPipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(value: number | null | undefined): string {
    return value === null || value === undefined ? '—' : numberFormat(locale(this.i18n), 'wan').format(value / 10_000);
  }
}

/** A fraction (0.05) as a percentage (5.0%). */
@Pipe({ name: 'fraction', pure: false })
export class FractionPipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(value: number | null | undefined): string {
    return value === null || value === undefined ? '—' : numberFormat(locale(this.i18n), 'percent').format(value);
  }
}

/** A count, or — when unknown. */
@Pipe({ name: 'count', pure: false })
export class CountPipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(value: number | null | undefined): string {
    return value === null || value === undefined ? '—' : numberFormat(locale(this.i18n), 'count').format(value);
  }
}

import { Pipe, PipeTransform, inject } from '@angular/core';
import { I18nService } from '../../core/i18n/i18n.service';

/** A catalogue entry's name in the UI language: englishName in English when there is one. */
@Pipe({ name: 'localName', pure: false })
export class LocalNamePipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(entry: { name: string; englishName?: string | null }): string {
    return this.i18n.language() === 'en' && entry.englishName ? entry.englishName : entry.name;
  }
}

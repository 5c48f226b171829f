import { Pipe, PipeTransform, inject } from '@angular/core';
import { I18nService, MessageParams, TextKey } from './i18n.service';

/** {{ 'nav.home' | t }} or a server label {{ 'DisplayName:CreditCode' | t }} — impure so that a language switch re-renders every text. */
@Pipe({ name: 't', pure: false })
export class TranslatePipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(key: TextKey, params?: MessageParams): string {
    return this.i18n.t(key, params);
  }
}

/** {{ award.prizeLevel | enumLabel: 'PrizeLevel' }} */
@Pipe({ name: 'enumLabel', pure: false })
export class EnumLabelPipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(value: string | null | undefined, enumName: string): string {
    return this.i18n.enumLabel(enumName, value);
  }
}

import { Pipe, PipeTransform, inject } from '@angular/core';
import { I18nService } from '../../core/i18n/i18n.service';
import { ImportMessageDto } from '../../proxy/models/import-message-dto';
import { LocalizedTextDto } from '../../proxy/models/localized-text-dto';
import { localized, messageText } from './import-state';

/** {{ change.fieldName | localized }}: a text the server sends in both languages, in the UI's. */
@Pipe({ name: 'localized', pure: false })
export class LocalizedPipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(text: LocalizedTextDto): string {
    return localized(text, this.i18n.language());
  }
}

/** {{ message | importMessage }}: a row or file message in the UI's language. */
@Pipe({ name: 'importMessage', pure: false })
export class MessageTextPipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(message: ImportMessageDto): string {
    return messageText(message, this.i18n.language());
  }
}

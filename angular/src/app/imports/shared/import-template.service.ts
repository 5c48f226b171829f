import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { ApiConfiguration } from '../../proxy/api-configuration';
import { importGetTemplate } from '../../proxy/fn/import/import-get-template';
import { ExportFormat } from '../../proxy/models/export-format';
import { ImportKind } from '../../proxy/models/import-kind';
import { FileDownload } from '../../shared/download/file-download';

/** Saves a kind's template (GET /api/app/imports/templates/{kind}?format=Xlsx|Csv) under the server's file name. */
@Injectable({ providedIn: 'root' })
export class ImportTemplateService {
  private readonly http = inject(HttpClient);
  private readonly configuration = inject(ApiConfiguration);
  private readonly files = inject(FileDownload);

  download(kind: ImportKind, format: ExportFormat): Promise<void> {
    return this.files.download(
      () => firstValueFrom(importGetTemplate(this.http, this.configuration.rootUrl, { kind, Format: format })),
      `import-template-${kind}.${format.toLowerCase()}`
    );
  }
}

import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { ApiConfiguration } from '../../proxy/api-configuration';
import { enterpriseExport } from '../../proxy/fn/enterprise/enterprise-export';
import { ExportFormat } from '../../proxy/models/export-format';
import { FileDownload } from '../../shared/download/file-download';
import { EnterpriseListQuery, toApiFilter } from './enterprise-list-query';

/** Downloads the enterprise list's current filter and sorting as CSV or XLSX (GET /api/app/enterprises/export). */
@Injectable({ providedIn: 'root' })
export class EnterpriseExportService {
  private readonly http = inject(HttpClient);
  private readonly configuration = inject(ApiConfiguration);
  private readonly files = inject(FileDownload);

  export(format: ExportFormat, query: EnterpriseListQuery): Promise<void> {
    return this.files.download(
      () =>
        firstValueFrom(
          enterpriseExport(this.http, this.configuration.rootUrl, {
            ...toApiFilter(query),
            ...(query.sorting ? { Sorting: query.sorting } : {}),
            Format: format
          })
        ),
      `enterprises.${format.toLowerCase()}`
    );
  }
}

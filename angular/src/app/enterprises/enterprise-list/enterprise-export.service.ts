import { HttpErrorResponse, HttpResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { DOCUMENT } from '@angular/common';
import { firstValueFrom } from 'rxjs';
import { HttpClient } from '@angular/common/http';
import { ApiConfiguration } from '../../proxy/api-configuration';
import { enterpriseExport } from '../../proxy/fn/enterprise/enterprise-export';
import { ExportFormat } from '../../proxy/models/export-format';
import { EnterpriseListQuery, toApiFilter } from './enterprise-list-query';

/** Downloads the enterprise list's current filter and sorting as CSV or XLSX (GET /api/app/enterprises/export). */
@Injectable({ providedIn: 'root' })
export class EnterpriseExportService {
  private readonly http = inject(HttpClient);
  private readonly configuration = inject(ApiConfiguration);
  private readonly document = inject(DOCUMENT);

  async export(format: ExportFormat, query: EnterpriseListQuery): Promise<void> {
    let response: HttpResponse<Blob>;
    try {
      response = await firstValueFrom(
        enterpriseExport(this.http, this.configuration.rootUrl, {
          ...toApiFilter(query),
          ...(query.sorting ? { Sorting: query.sorting } : {}),
          Format: format
        })
      );
    } catch (error) {
      throw await withReadableBody(error);
    }
    const fallbackName = `enterprises.${format.toLowerCase()}`;
    this.save(response.body as Blob, fileNameOf(response.headers.get('Content-Disposition')) ?? fallbackName);
  }

  private save(blob: Blob, fileName: string): void {
    const url = URL.createObjectURL(blob);
    const link = this.document.createElement('a');
    link.href = url;
    link.download = fileName;
    this.document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}

/** attachment; filename="a.xlsx"; filename*=UTF-8''%E4%BC%81%E4%B8%9A.xlsx → 企业.xlsx */
export function fileNameOf(disposition: string | null): string | null {
  if (!disposition) {
    return null;
  }
  const encoded = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(disposition);
  if (encoded) {
    try {
      return decodeURIComponent(encoded[1].trim());
    } catch {
      // fall through to the plain name
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/.exec(disposition);
  return plain ? plain[1].trim() : null;
}

/** A failed blob request carries its problem JSON as a Blob; read it so the usual error handling applies. */
async function withReadableBody(error: unknown): Promise<unknown> {
  if (error instanceof HttpErrorResponse && error.error instanceof Blob) {
    const text = await error.error.text();
    return new HttpErrorResponse({ error: text, headers: error.headers, status: error.status, statusText: error.statusText, url: error.url ?? undefined });
  }
  return error;
}

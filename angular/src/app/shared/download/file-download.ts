import { HttpErrorResponse, HttpResponse } from '@angular/common/http';
import { DOCUMENT } from '@angular/common';
import { Injectable, inject } from '@angular/core';

/** Saves a file the API answered (CSV, XLSX) under its Content-Disposition name. */
@Injectable({ providedIn: 'root' })
export class FileDownload {
  private readonly document = inject(DOCUMENT);

  /** Runs the request and saves its body; a failed request rejects with its problem JSON readable. */
  async download(request: () => Promise<HttpResponse<Blob>>, fallbackName: string): Promise<void> {
    let response: HttpResponse<Blob>;
    try {
      response = await request();
    } catch (error) {
      throw await withReadableBody(error);
    }
    this.save(response.body as Blob, fileNameOf(response.headers.get('Content-Disposition')) ?? fallbackName);
  }

  save(blob: Blob, fileName: string): void {
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
export async function withReadableBody(error: unknown): Promise<unknown> {
  if (error instanceof HttpErrorResponse && error.error instanceof Blob) {
    const text = await error.error.text();
    return new HttpErrorResponse({ error: text, headers: error.headers, status: error.status, statusText: error.statusText, url: error.url ?? undefined });
  }
  return error;
}

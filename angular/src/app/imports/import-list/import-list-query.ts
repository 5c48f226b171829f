import { Params } from '@angular/router';
import { ImportGetList$Params } from '../../proxy/fn/import/import-get-list';
import { ImportKind } from '../../proxy/models/import-kind';
import { ImportStatus } from '../../proxy/models/import-status';
import { IMPORT_KINDS, IMPORT_STATUSES } from '../../shared/domain-enums';

/** The import list's filters and page, kept in the URL. */
export interface ImportListQuery {
  kind: ImportKind | null;
  status: ImportStatus | null;
  skipCount: number;
}

export const IMPORT_PAGE_SIZE = 20;

/** Lenient: an unknown kind or status, or a bad page, falls back to the default. */
export function parseImportListQuery(params: Params): ImportListQuery {
  const kind = params['kind'];
  const status = params['status'];
  const skip = Number(params['skip']);
  return {
    kind: IMPORT_KINDS.includes(kind) ? kind : null,
    status: IMPORT_STATUSES.includes(status) ? status : null,
    skipCount: Number.isInteger(skip) && skip > 0 ? skip : 0
  };
}

export function toImportListParams(query: ImportListQuery): Params {
  return { kind: query.kind, status: query.status, skip: query.skipCount || null };
}

export function toImportListApiParams(query: ImportListQuery): ImportGetList$Params {
  return {
    Kind: query.kind ?? undefined,
    Status: query.status ?? undefined,
    SkipCount: query.skipCount,
    MaxResultCount: IMPORT_PAGE_SIZE
  };
}

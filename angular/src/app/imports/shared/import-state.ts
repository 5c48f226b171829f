import { MessageKey } from '../../core/i18n/messages.zh-CN';
import { Language } from '../../core/i18n/language';
import { ImportBatchDto } from '../../proxy/models/import-batch-dto';
import { ImportMessageDto } from '../../proxy/models/import-message-dto';
import { ImportRowStatus } from '../../proxy/models/import-row-status';
import { ImportStatus } from '../../proxy/models/import-status';
import { LocalizedTextDto } from '../../proxy/models/localized-text-dto';

/** Tag colours of an import's status. */
export const IMPORT_STATUS_COLORS: Record<ImportStatus, string> = {
  Queued: 'default',
  Validating: 'processing',
  Validated: 'blue',
  Failed: 'error',
  CommitQueued: 'processing',
  Committing: 'processing',
  Committed: 'success',
  RevertQueued: 'processing',
  Reverting: 'processing',
  Reverted: 'default',
  PartiallyReverted: 'warning',
  Discarded: 'default'
};

export const ROW_STATUS_COLORS: Record<ImportRowStatus, string> = { Ok: 'success', Warning: 'warning', Error: 'error' };

/** The statuses in which the background works on an import (the page polls its progress meanwhile). */
export const IN_PROGRESS_STATUSES: readonly ImportStatus[] = ['Queued', 'Validating', 'CommitQueued', 'Committing', 'RevertQueued', 'Reverting'];

export function isInProgress(status: ImportStatus): boolean {
  return IN_PROGRESS_STATUSES.includes(status);
}

/** What the progress bar says while the background works ({done} / {total} rows). */
export const PROGRESS_TEXTS: Partial<Record<ImportStatus, MessageKey>> = {
  Queued: 'import.progress.Queued',
  Validating: 'import.progress.Validating',
  CommitQueued: 'import.progress.CommitQueued',
  Committing: 'import.progress.Committing',
  RevertQueued: 'import.progress.RevertQueued',
  Reverting: 'import.progress.Reverting'
};

/**
 * Why an import cannot be committed, as the server states it (`commitBlockers`: the status, rows to fix or to
 * decide, prize quotas), after the one reason only the UI knows: the user may not commit. Empty when it can.
 */
export function commitBlockers(batch: ImportBatchDto, mayCommit: boolean, language: Language, notPermitted: string): string[] {
  const server = batch.canCommit ? [] : batch.commitBlockers.map(m => messageText(m, language));
  return mayCommit ? server : [notPermitted, ...server];
}

/** A text the server sends in both languages, in the UI's. */
export function localized(text: LocalizedTextDto, language: Language): string {
  return language === 'en' ? text.en : text.zh;
}

/** A row or file message in the UI's language. */
export function messageText(message: ImportMessageDto, language: Language): string {
  return language === 'en' ? message.messageEn : message.messageZh;
}

const EMPTY_GUID = '00000000-0000-0000-0000-000000000000';

/** The server sends an empty GUID for a row that matched no enterprise. */
export function enterpriseIdOf(id: string | null | undefined): string | null {
  return id && id !== EMPTY_GUID ? id : null;
}

/** 1536 → "1.5 KB"; bytes as people read them. */
export function fileSize(bytes: number): string {
  if (bytes < 1024) {
    return `${bytes} B`;
  }
  if (bytes < 1024 * 1024) {
    return `${(bytes / 1024).toFixed(1)} KB`;
  }
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The file types the server reads (by extension, as it does). */
export function isImportableFile(name: string): boolean {
  return /\.(xlsx|csv)$/i.test(name);
}

/** The textarea's text as the server's lines: trimmed, blank lines dropped (one synonym group a line). */
export function toSynonymLines(text: string): string[] {
  return text.split(/\r?\n/).map(line => line.trim()).filter(line => line.length > 0);
}

export function fromSynonymLines(lines: readonly string[] | null | undefined): string {
  return (lines ?? []).join('\n');
}

export const MAX_SYNONYM_LINES = 500;

/**
 * Whether the index needs attention: the engine is unreachable, changes fail, or (nothing being queued) the index does
 * not hold one document per profile (drafts are indexed too: officers and municipal staff search them).
 */
export function indexHealth(status: { documentCount?: number | null; profileCount: number; failingChanges: number; pendingChanges: number; engineError?: string | null }):
  'error' | 'warning' | 'ok' {
  if (status.engineError || status.failingChanges > 0) {
    return 'error';
  }
  return status.documentCount !== status.profileCount && status.pendingChanges === 0 ? 'warning' : 'ok';
}

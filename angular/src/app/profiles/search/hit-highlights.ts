import { MessageKey } from '../../core/i18n/messages.zh-CN';
import { ProfileSearchHitDto } from '../../proxy/models/profile-search-hit-dto';

/** The fields whose highlighted fragments are shown under a hit (the headline and name are highlighted in place). */
export const SNIPPET_FIELDS = ['summary', 'product', 'market', 'team'] as const;

export interface HitSnippet {
  field: string;
  label: MessageKey;
  /** Safe HTML from the server: everything escaped but the <em> around matched words. */
  html: string;
}

type Highlights = Record<string, string[] | null | undefined>;

/** The matched fragments of the body fields, in the order of SNIPPET_FIELDS; fragments of one field joined by an ellipsis. */
export function hitSnippets(hit: Pick<ProfileSearchHitDto, 'highlights'>): HitSnippet[] {
  const highlights = (hit.highlights ?? {}) as Highlights;
  return SNIPPET_FIELDS.filter(field => highlights[field]?.length).map(field => ({
    field,
    label: `profileSearch.highlight.${field}` as MessageKey,
    html: (highlights[field] ?? []).join(' … ')
  }));
}

/** The highlighted headline or enterprise name when the server marked one, else null (the plain text is shown). */
export function highlightedField(hit: Pick<ProfileSearchHitDto, 'highlights'>, field: 'headline' | 'name'): string | null {
  const fragments = ((hit.highlights ?? {}) as Highlights)[field];
  return fragments?.length ? fragments[0] : null;
}

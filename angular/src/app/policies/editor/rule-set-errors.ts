import { Problem } from '../../core/errors/problem';
import { locateJsonPath } from '../shared/json-paths';

/** A fault of the definition, with where it sits in the editor's JSON text (null when the path is not in it). */
export interface DefinitionFault {
  path: string;
  message: string;
  line: number | null;
  column: number | null;
  offset: number | null;
}

export interface EditorErrors {
  /** By the editor's own fields: version, effectiveFrom, effectiveTo. */
  fields: Partial<Record<'version' | 'effectiveFrom' | 'effectiveTo', string[]>>;
  definition: DefinitionFault[];
  /** Anything else (a stale stamp is handled apart; overlapping versions name no JSON path). */
  general: string[];
}

const FIELDS = ['version', 'effectiveFrom', 'effectiveTo'] as const;

/**
 * Sorts the server's field errors of a rule-set save: the dates and version to their fields, the definition's to
 * their JSON path with the line in the text shown (the server names paths from `definition`, as
 * definition.scoring.dimensions[0].indicators[1].tables[0].bands[2].from).
 */
export function sortEditorErrors(problem: Problem, definitionText: string): EditorErrors {
  const result: EditorErrors = { fields: {}, definition: [], general: [] };
  for (const [rawPath, messages] of Object.entries(problem.errors)) {
    const path = rawPath.replace(/^\$\.?/, '').replace(/^input\./i, '');
    const field = FIELDS.find(f => f.toLowerCase() === path.toLowerCase());
    if (field) {
      result.fields[field] = [...(result.fields[field] ?? []), ...messages];
      continue;
    }
    if (/^definition([.[]|$)/i.test(path)) {
      const at = locateJsonPath(definitionText, path);
      for (const message of messages) {
        result.definition.push({ path, message, line: at?.line ?? null, column: at?.column ?? null, offset: at?.offset ?? null });
      }
      continue;
    }
    result.general.push(...messages.map(m => (path ? `${m}（${path}）` : m)));
  }
  if (!Object.keys(problem.errors).length && problem.title) {
    result.general.push(problem.title);
  }
  return result;
}

/**
 * The definition as the editor shows it: two-space JSON without the nulls and false flags the server sends for
 * every field left at its default (an absent field reads the same), so that a criterion fits on a screen.
 */
export function definitionText(definition: unknown): string {
  return JSON.stringify(definition ?? {}, (_, value) => (value === null || value === false ? undefined : value), 2);
}

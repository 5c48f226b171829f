/**
 * Where a JSON path (as the server names a fault: definition.requirements[0].children[1].threshold) sits in a JSON
 * text, so that the rule-set editor can show the line and select it. A small scanner that records the offset of every
 * value and of every property name; it never evaluates anything.
 */
export interface JsonLocation {
  /** Offset of the property name (or of the value, for array items and the root). */
  offset: number;
  /** 1-based line and column. */
  line: number;
  column: number;
}

export class JsonScanError extends Error {
  constructor(message: string, readonly offset: number) {
    super(message);
  }
}

/** Path → offset of every value in the document. Paths look like the server's: a.b[0].c (the root is ''). */
export function indexJsonPaths(text: string): Map<string, number> {
  const index = new Map<string, number>();
  let i = 0;
  const ws = (): void => {
    while (i < text.length && /\s/.test(text[i])) {
      i++;
    }
  };
  const fail = (message: string): never => {
    throw new JsonScanError(message, i);
  };
  const string = (): string => {
    if (text[i] !== '"') {
      fail('string expected');
    }
    const start = i;
    i++;
    while (i < text.length && text[i] !== '"') {
      i += text[i] === '\\' ? 2 : 1;
    }
    if (i >= text.length) {
      fail('unterminated string');
    }
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (path: string, at: number): void => {
    ws();
    if (!index.has(path)) {
      index.set(path, at >= 0 ? at : i);
    }
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        const keyAt = i;
        const key = string();
        ws();
        if (text[i] !== ':') {
          fail('":" expected');
        }
        i++;
        value(path ? `${path}.${key}` : key, keyAt);
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return;
        }
        fail('"," or "}" expected');
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (let n = 0; ; n++) {
        value(`${path}[${n}]`, -1);
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return;
        }
        fail('"," or "]" expected');
      }
    }
    if (c === '"') {
      string();
      return;
    }
    const literal = /^(-?\d+(\.\d+)?([eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 40));
    if (!literal) {
      fail('value expected');
    }
    i += literal![0].length;
  };
  value('', -1);
  ws();
  if (i < text.length) {
    fail('unexpected text after the document');
  }
  return index;
}

/** 1-based line and column of an offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/**
 * Locates a server path in the text. The text holds the value at `root` (e.g. the editor shows `definition` only),
 * so the root is stripped first; a path with no exact match falls back to its nearest parent that exists. Property
 * names are compared case-insensitively (the server may say Definition.Requirements[0]).
 */
export function locateJsonPath(text: string, serverPath: string, root = 'definition'): JsonLocation | null {
  let index: Map<string, number>;
  try {
    index = indexJsonPaths(text);
  } catch {
    return null;
  }
  const lower = new Map<string, number>();
  for (const [path, offset] of index) {
    lower.set(path.toLowerCase(), offset);
  }
  let path = serverPath.replace(/^\$\.?/, '').toLowerCase();
  const rootLower = root.toLowerCase();
  if (path === rootLower) {
    path = '';
  } else if (path.startsWith(`${rootLower}.`) || path.startsWith(`${rootLower}[`)) {
    path = path.slice(rootLower.length).replace(/^\./, '');
  } else {
    return null;
  }
  for (;;) {
    const offset = lower.get(path);
    if (offset !== undefined) {
      return { offset, ...lineAndColumn(text, offset) };
    }
    if (!path) {
      return null;
    }
    const cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    path = cut > 0 ? path.slice(0, cut) : '';
  }
}

/** A JSON text's syntax error with its line, or null when it parses. */
export function jsonSyntaxError(text: string): { message: string; line: number; column: number } | null {
  try {
    indexJsonPaths(text);
    JSON.parse(text);
    return null;
  } catch (error) {
    const offset = error instanceof JsonScanError ? error.offset : 0;
    return { message: error instanceof Error ? error.message : String(error), ...lineAndColumn(text, offset) };
  }
}

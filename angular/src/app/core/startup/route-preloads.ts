import { TOKEN_STORAGE_KEY } from '../auth/token-store';

/** The JSON data block scripts/route-preloads.mjs writes into the built index.html. */
export const ROUTE_CHUNKS_ELEMENT_ID = 'route-chunks';

/** The chunks listed for a pathname: its own list, else the list for any page ('*'). */
export function chunksFor(preloads: Record<string, readonly string[]>, pathname: string): readonly string[] {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  return preloads[path] ?? preloads['*'] ?? [];
}

function signedIn(): boolean {
  try {
    return localStorage.getItem(TOKEN_STORAGE_KEY) !== null;
  } catch {
    return false;
  }
}

/**
 * Before the app starts: when a signed-in user opens a page directly, ask the browser for every chunk that
 * page needs (<link rel="modulepreload">) right away. Otherwise they are found one import at a time, after
 * the session has loaded — several round trips in a row. Nothing for a signed-out visitor (the sign-in page
 * needs none of them). Returns how many links were added.
 */
export function preloadRouteChunks(document: Document, pathname: string, isSignedIn: () => boolean = signedIn): number {
  const data = document.getElementById(ROUTE_CHUNKS_ELEMENT_ID)?.textContent;
  if (!data || !isSignedIn()) {
    return 0;
  }
  let preloads: Record<string, string[]>;
  try {
    preloads = JSON.parse(data) as Record<string, string[]>;
  } catch {
    return 0;
  }
  const files = chunksFor(preloads, pathname).filter(file => /^[\w.-]+\.js$/.test(file));
  for (const file of files) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = file;
    document.head.appendChild(link);
  }
  return files.length;
}

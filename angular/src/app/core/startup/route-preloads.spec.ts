import { chunksFor, preloadRouteChunks } from './route-preloads';

const preloads = { '/': ['chunk-HOME.js', 'chunk-SHELL.js'], '/enterprises': ['chunk-LIST.js', 'chunk-SHELL.js'], '*': ['chunk-SHELL.js'] };

describe('route chunk preloads at start-up', () => {
  beforeEach(() => {
    document.head.querySelectorAll('link[rel=modulepreload]').forEach(link => link.remove());
    document.getElementById('route-chunks')?.remove();
    const block = document.createElement('script');
    block.type = 'application/json';
    block.id = 'route-chunks';
    block.textContent = JSON.stringify(preloads);
    document.body.appendChild(block);
  });

  it('picks the page\'s own list, else the shell\'s', () => {
    expect(chunksFor(preloads, '/enterprises')).toEqual(['chunk-LIST.js', 'chunk-SHELL.js']);
    expect(chunksFor(preloads, '/enterprises/')).toEqual(['chunk-LIST.js', 'chunk-SHELL.js']);
    expect(chunksFor(preloads, '/')).toEqual(['chunk-HOME.js', 'chunk-SHELL.js']);
    expect(chunksFor(preloads, '/enterprises/0196-id')).toEqual(['chunk-SHELL.js']);
    expect(chunksFor({}, '/x')).toEqual([]);
  });

  it('adds a modulepreload link per chunk for a signed-in user', () => {
    expect(preloadRouteChunks(document, '/enterprises', () => true)).toBe(2);
    const links = [...document.head.querySelectorAll<HTMLLinkElement>('link[rel=modulepreload]')].map(link => link.getAttribute('href'));
    expect(links).toEqual(['chunk-LIST.js', 'chunk-SHELL.js']);
  });

  it('does nothing for a signed-out visitor, without the data block, or with anything but chunk names', () => {
    expect(preloadRouteChunks(document, '/enterprises', () => false)).toBe(0);
    document.getElementById('route-chunks')!.textContent = JSON.stringify({ '*': ['https://elsewhere.example/x.js', '../up.js', 'chunk-OK.js'] });
    expect(preloadRouteChunks(document, '/a', () => true)).toBe(1);
    document.getElementById('route-chunks')!.remove();
    expect(preloadRouteChunks(document, '/enterprises', () => true)).toBe(0);
  });
});

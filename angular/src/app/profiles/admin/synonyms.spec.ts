import { fromSynonymLines, indexHealth, toSynonymLines } from './synonyms';

describe('search administration', () => {
  it('keeps one synonym group a line, dropping blank lines', () => {
    expect(toSynonymLines(' 人工智能, AI \r\n\n集成电路, 芯片\n  ')).toEqual(['人工智能, AI', '集成电路, 芯片']);
    expect(fromSynonymLines(['人工智能, AI', '集成电路, 芯片'])).toBe('人工智能, AI\n集成电路, 芯片');
    expect(fromSynonymLines(null)).toBe('');
  });

  it('flags an unreachable engine or failing changes, and documents that differ from the profiles once nothing is pending', () => {
    const healthy = { documentCount: 12, profileCount: 12, failingChanges: 0, pendingChanges: 0, engineError: null };
    expect(indexHealth(healthy)).toBe('ok');
    expect(indexHealth({ ...healthy, engineError: 'connection refused', documentCount: null })).toBe('error');
    expect(indexHealth({ ...healthy, failingChanges: 2 })).toBe('error');
    expect(indexHealth({ ...healthy, documentCount: 11 })).toBe('warning');
    // Still catching up: not a fault.
    expect(indexHealth({ ...healthy, documentCount: 11, pendingChanges: 1 })).toBe('ok');
  });
});

import { definitionText, sortEditorErrors } from './rule-set-errors';

const TEXT = JSON.stringify({ requirements: [{ code: 'a', kind: 'Compare' }] }, null, 2);

describe('rule-set editor errors', () => {
  it('puts dates on their fields, definition faults at their JSON line, the rest above the form', () => {
    const sorted = sortEditorErrors({
      status: 400, title: 'invalid', code: 'Cultivation:08010', traceId: null,
      errors: {
        effectiveFrom: ['与版本 2026-2 的生效期重叠'],
        'definition.requirements[0].threshold': ['条件 a 缺少阈值'],
        'definition.scoring.dimensions[3]': ['维度不存在'],
        concurrencyStamp: ['过期']
      }
    }, TEXT);
    expect(sorted.fields.effectiveFrom).toEqual(['与版本 2026-2 的生效期重叠']);
    expect(sorted.definition).toEqual([
      { path: 'definition.requirements[0].threshold', message: '条件 a 缺少阈值', line: 3, column: 5, offset: expect.any(Number) },
      // Not in the text at all: the root object.
      { path: 'definition.scoring.dimensions[3]', message: '维度不存在', line: 1, column: 1, offset: 0 }
    ]);
    expect(sorted.general).toEqual(['过期（concurrencyStamp）']);
  });

  it('keeps a problem without field errors as a general message', () => {
    const sorted = sortEditorErrors({ status: 400, title: '版本号已存在', code: 'x', traceId: null, errors: {} }, TEXT);
    expect(sorted.general).toEqual(['版本号已存在']);
    expect(sorted.definition).toEqual([]);
  });
});

describe('the definition text', () => {
  it('leaves out nulls and false flags, which read the same as absent', () => {
    const text = definitionText({ requirements: [{ code: 'a', threshold: 0, unverified: false, waivedBy: null, directRoute: true }], scoring: null });
    expect(JSON.parse(text)).toEqual({ requirements: [{ code: 'a', threshold: 0, directRoute: true }] });
  });
});

import { indexJsonPaths, jsonSyntaxError, locateJsonPath } from './json-paths';

const TEXT = `{
  "requirements": [
    {
      "code": "a",
      "threshold": 1
    },
    {
      "code": "b",
      "children": [
        { "code": "b1", "threshold": null }
      ]
    }
  ],
  "scoring": { "passingTotal": 60 }
}`;

describe('JSON paths in the rule-set editor', () => {
  it('indexes every property and array item', () => {
    const index = indexJsonPaths(TEXT);
    expect([...index.keys()]).toContain('requirements[1].children[0].threshold');
    expect([...index.keys()]).toContain('scoring.passingTotal');
  });

  it('finds the line of a server path, stripping the definition root, case-insensitively', () => {
    expect(locateJsonPath(TEXT, 'definition.requirements[0].threshold')?.line).toBe(5);
    expect(locateJsonPath(TEXT, 'Definition.Requirements[1].Children[0].Threshold')?.line).toBe(10);
    expect(locateJsonPath(TEXT, 'definition.scoring.passingTotal')?.line).toBe(14);
  });

  it('falls back to the nearest parent when the field is absent from the text', () => {
    // requirements[0] has no "comparison": the fault is shown at the criterion itself.
    expect(locateJsonPath(TEXT, 'definition.requirements[0].comparison')?.line).toBe(3);
    expect(locateJsonPath(TEXT, 'effectiveFrom')).toBeNull();
  });

  it('reports a syntax error with its line, and none for valid JSON', () => {
    expect(jsonSyntaxError(TEXT)).toBeNull();
    const broken = TEXT.replace('"threshold": 1\n', '"threshold": 1,\n');
    expect(jsonSyntaxError(broken)?.line).toBe(6);
    expect(locateJsonPath(broken, 'definition.requirements[0]')).toBeNull();
  });
});

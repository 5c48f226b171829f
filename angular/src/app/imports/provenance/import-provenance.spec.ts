import { isInternalField } from './import-provenance';

describe('import provenance', () => {
  it('leaves out the links between records that have no display name, keeps every named field', () => {
    expect(isInternalField({ field: 'EnterpriseId', fieldName: { zh: 'enterpriseId', en: 'enterpriseId' } })).toBe(true);
    expect(isInternalField({ field: 'RegisteredCapital', fieldName: { zh: '注册资本', en: 'Registered capital' } })).toBe(false);
    expect(isInternalField({ field: 'Name', fieldName: { zh: '企业名称', en: 'name' } })).toBe(false);
  });
});

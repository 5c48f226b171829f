import { industryDisplay } from './industry-field-label';

describe('an enterprise\'s 行业领域 on screen', () => {
  it('shows the catalogue\'s name, and the source\'s wording beside it when it differs', () => {
    expect(industryDisplay({ industryFieldId: 'f', industryFieldName: '新一代信息技术', industryFieldText: '集成电路' })).toEqual({
      name: '新一代信息技术', sourceText: '集成电路', unresolved: false
    });
    expect(industryDisplay({ industryFieldId: 'f', industryFieldName: '新材料', industryFieldText: '新材料' })).toEqual({
      name: '新材料', sourceText: null, unresolved: false
    });
    expect(industryDisplay({ industryFieldId: 'f', industryFieldName: '新材料' })).toEqual({ name: '新材料', sourceText: null, unresolved: false });
  });

  it('marks 待归类 when the source named a field the catalogue did not recognise', () => {
    expect(industryDisplay({ industryFieldId: null, industryFieldName: null, industryFieldText: ' 量子计算 ' })).toEqual({
      name: null, sourceText: '量子计算', unresolved: true
    });
    // No field and no text: nothing to classify.
    expect(industryDisplay({ industryFieldId: null, industryFieldText: '  ' })).toEqual({ name: null, sourceText: null, unresolved: false });
  });
});

import { EnterpriseDto } from '../../proxy/models/enterprise-dto';
import { createEnterpriseForm, fillEnterpriseForm, toCreateDto, toUpdateDto } from './enterprise-form';

describe('enterprise form', () => {
  it('requires a credit code for a company but not for a maker team', () => {
    const form = createEnterpriseForm();
    form.patchValue({ name: '上海测试科技有限公司', districtId: '00000000-0000-7000-8000-310115000000' });
    expect(form.controls.creditCode.hasError('required')).toBe(true);
    form.controls.kind.setValue('MakerTeam');
    expect(form.controls.creditCode.errors).toBeNull();
    expect(form.valid).toBe(true);
  });

  it('checks the credit code and the founding date like the server', () => {
    const form = createEnterpriseForm();
    form.controls.creditCode.setValue('91310000MA1K000007');
    expect(form.controls.creditCode.hasError('creditCode')).toBe(true);
    form.controls.creditCode.setValue('91310000MA1K000006');
    expect(form.controls.creditCode.errors).toBeNull();
    form.controls.foundedOn.setValue(new Date(Date.now() + 3 * 86_400_000));
    expect(form.controls.foundedOn.hasError('notInFuture')).toBe(true);
    form.controls.website.setValue('www.example.cn');
    expect(form.controls.website.hasError('url')).toBe(true);
  });

  it('sends normalized values: code upper-case, blanks as null, dates as yyyy-MM-dd, capital in yuan', () => {
    const form = createEnterpriseForm();
    form.patchValue({
      name: '  上海测试科技有限公司 ', creditCode: '９１３１００００ma1k000006', districtId: 'd', foundedOn: new Date(2020, 0, 5),
      registeredCapital: 500.5, address: '  ', website: ''
    });
    expect(toCreateDto(form)).toEqual({
      kind: 'Company', name: '上海测试科技有限公司', creditCode: '91310000MA1K000006', districtId: 'd', industryFieldId: null, industryFieldText: null,
      foundedOn: '2020-01-05', registeredCapital: 5_005_000, address: null, website: null, leadName: null, leadGender: 'Unknown'
    });
    expect(toUpdateDto(form, 'stamp-1').concurrencyStamp).toBe('stamp-1');
  });

  it('keeps the source\'s 行业领域 wording through an edit, so saving never wipes it', () => {
    const form = createEnterpriseForm();
    const enterprise = {
      id: 'e', kind: 'Company', name: '上海芯测科技有限公司', creditCode: '91310000MA1K000006', districtId: 'd', districtName: '浦东新区',
      industryFieldId: null, industryFieldName: null, industryFieldText: '量子计算', concurrencyStamp: 's', awards: [], figures: [], contacts: []
    } as unknown as EnterpriseDto;
    fillEnterpriseForm(form, enterprise);
    expect(form.controls.industryFieldText.value).toBe('量子计算');
    // Classifying it keeps the wording as provenance.
    form.controls.industryFieldId.setValue('f');
    expect(toUpdateDto(form, 's')).toMatchObject({ industryFieldId: 'f', industryFieldText: '量子计算', concurrencyStamp: 's' });
    // Clearing the text drops it; it is limited like the server's column.
    form.controls.industryFieldText.setValue('  ');
    expect(toUpdateDto(form, 's').industryFieldText).toBeNull();
    form.controls.industryFieldText.setValue('字'.repeat(65));
    expect(form.controls.industryFieldText.hasError('maxlength')).toBe(true);
  });
});

import { createEnterpriseForm, toCreateDto, toUpdateDto } from './enterprise-form';

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
      kind: 'Company', name: '上海测试科技有限公司', creditCode: '91310000MA1K000006', districtId: 'd', industryFieldId: null,
      foundedOn: '2020-01-05', registeredCapital: 5_005_000, address: null, website: null, leadName: null, leadGender: 'Unknown'
    });
    expect(toUpdateDto(form, 'stamp-1').concurrencyStamp).toBe('stamp-1');
  });
});

import { createLogServiceForm, createRequestForm, toLogServiceDto } from './log-service-form';

const today = () => '2026-11-27';

describe('log-a-service form', () => {
  it('starts as a visit today and needs a category and a summary', () => {
    const form = createLogServiceForm(today);
    expect(form.controls.channel.value).toBe('Visit');
    expect(form.controls.servedOn.value?.getDate()).toBe(27);
    expect(form.valid).toBe(false);
    expect(form.controls.category.errors).toEqual({ required: true });
    expect(form.controls.summary.errors).toEqual({ required: true });
    form.patchValue({ category: 'PolicyGuidance', summary: '上门走访，了解专精特新申报准备情况' });
    expect(form.valid).toBe(true);
  });

  it('refuses a service date in the future (Shanghai today) and a blank summary', () => {
    const form = createLogServiceForm(today);
    form.patchValue({ category: 'Financing', summary: '   ', servedOn: new Date(2026, 10, 28) });
    expect(form.controls.servedOn.errors).toEqual({ notInFuture: true });
    expect(form.controls.summary.errors).toEqual({ required: true });
    form.patchValue({ servedOn: new Date(2026, 10, 20), summary: 'x'.repeat(2001) });
    expect(form.controls.servedOn.errors).toBeNull();
    expect(form.controls.summary.errors?.['maxlength']).toBeTruthy();
  });

  it('wants the agreed next contact after the service date, as the server does', () => {
    const form = createLogServiceForm(today);
    form.patchValue({ category: 'Training', summary: '电话沟通', servedOn: new Date(2026, 10, 20), nextContactOn: new Date(2026, 10, 20) });
    expect(form.controls.nextContactOn.errors).toEqual({ nextContactAfter: true });
    expect(form.valid).toBe(false);
    form.patchValue({ nextContactOn: new Date(2026, 11, 5) });
    expect(form.controls.nextContactOn.errors).toBeNull();
    // Moving the service date past it brings the error back.
    form.patchValue({ servedOn: new Date(2026, 11, 6) });
    expect(form.controls.nextContactOn.errors).toEqual({ nextContactAfter: true });
  });

  it('validates each request raised and takes the service category as its default', () => {
    const form = createLogServiceForm(today);
    form.patchValue({ category: 'Financing', summary: '走访' });
    form.controls.requests.push(createRequestForm(form.controls.category.value));
    expect(form.controls.requests.at(0).controls.category.value).toBe('Financing');
    expect(form.valid).toBe(false);
    form.controls.requests.at(0).patchValue({ description: '希望对接银行科技贷' });
    expect(form.valid).toBe(true);
  });

  it('sends dates as yyyy-MM-dd, trims texts, blank outcome as null, owner only when chosen', () => {
    const form = createLogServiceForm(today);
    form.patchValue({ category: 'Financing', channel: 'Phone', summary: '  电话回访  ', outcome: '  ', nextContactOn: new Date(2027, 0, 15) });
    form.controls.requests.push(createRequestForm('Talent'));
    form.controls.requests.at(0).patchValue({ description: ' 招聘算法工程师 ', ownerId: '' });
    form.controls.requests.push(createRequestForm('Financing'));
    form.controls.requests.at(1).patchValue({ description: '贷款', ownerId: '01a21c5f-75da-74f5-b53d-00311766a2ba' });
    expect(toLogServiceDto(form)).toEqual({
      servedOn: '2026-11-27',
      category: 'Financing',
      channel: 'Phone',
      summary: '电话回访',
      outcome: null,
      nextContactOn: '2027-01-15',
      requests: [
        { description: '招聘算法工程师', category: 'Talent', ownerId: null },
        { description: '贷款', category: 'Financing', ownerId: '01a21c5f-75da-74f5-b53d-00311766a2ba' }
      ]
    });
  });
});

import { HttpErrorResponse } from '@angular/common/http';
import { FormArray, FormControl, FormGroup } from '@angular/forms';
import { isConcurrencyConflict, toProblem } from './problem';
import { applyServerErrors, fieldPath, findControl } from './server-form-errors';

function editionForm() {
  return new FormGroup({
    name: new FormControl(''),
    creditCode: new FormControl(''),
    stages: new FormArray([new FormGroup({ startDate: new FormControl(null), endDate: new FormControl(null) })]),
    tracks: new FormArray([new FormGroup({ prizeQuotas: new FormArray([new FormGroup({ quota: new FormControl(1) })]) })])
  });
}

describe('server field errors on forms', () => {
  it('reads camelCase paths with indexes', () => {
    expect(fieldPath('creditCode')).toEqual(['creditCode']);
    expect(fieldPath('stages[0].startDate')).toEqual(['stages', 0, 'startDate']);
    expect(fieldPath('tracks[0].prizeQuotas[0].quota')).toEqual(['tracks', 0, 'prizeQuotas', 0, 'quota']);
  });

  it('finds nested controls, case-insensitively as a fallback', () => {
    const form = editionForm();
    expect(findControl(form, 'stages[0].startDate')).toBe(form.controls.stages.at(0).controls.startDate);
    expect(findControl(form, 'tracks[0].prizeQuotas[0].quota')).toBe(form.controls.tracks.at(0).controls.prizeQuotas.at(0).controls.quota);
    expect(findControl(form, 'CreditCode')).toBe(form.controls.creditCode);
    expect(findControl(form, 'stages[3].startDate')).toBeNull();
  });

  it('puts messages on the fields and returns those without a field', () => {
    const form = editionForm();
    const unplaced = applyServerErrors(form, {
      creditCode: ['统一社会信用代码无效'],
      'stages[0].startDate': ['请填写开始日期。'],
      body: ['请求内容不能为空。']
    });
    expect(form.controls.creditCode.errors).toEqual({ server: '统一社会信用代码无效' });
    expect(form.controls.creditCode.dirty).toBe(true);
    expect(form.controls.stages.at(0).controls.startDate.errors).toEqual({ server: '请填写开始日期。' });
    expect(unplaced).toEqual(['请求内容不能为空。']);
    // Editing the field clears the server's message.
    form.controls.creditCode.setValue('91310000MA1K000006');
    expect(form.controls.creditCode.errors).toBeNull();
  });

  it('reads RFC 9110 problem details and recognises the stale-stamp conflict', () => {
    const conflict = toProblem(
      new HttpErrorResponse({ status: 409, error: { title: '该记录已被他人修改，请刷新后重试。', code: 'Cultivation:00002', traceId: 't' } })
    );
    expect(conflict).toEqual({ status: 409, title: '该记录已被他人修改，请刷新后重试。', code: 'Cultivation:00002', traceId: 't', errors: {} });
    expect(isConcurrencyConflict(conflict)).toBe(true);
    const taken = toProblem(new HttpErrorResponse({ status: 409, error: JSON.stringify({ title: 'taken', code: 'Cultivation:02002' }) }));
    expect(isConcurrencyConflict(taken)).toBe(false);
    expect(toProblem(new HttpErrorResponse({ status: 400, error: { errors: { name: ['required'] } } })).errors).toEqual({ name: ['required'] });
    expect(toProblem(new Error('x')).status).toBe(-1);
  });
});

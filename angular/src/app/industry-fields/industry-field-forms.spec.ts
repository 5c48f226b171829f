import { HttpErrorResponse } from '@angular/common/http';
import { applyServerErrors } from '../core/errors/server-form-errors';
import { toProblem } from '../core/errors/problem';
import { cleanAliases, createFieldForm, createLocalForm, fillFieldForm, toCreateFieldDto, toCreateLocalDto, toUpdateFieldDto } from './industry-field-forms';

describe('industry field forms', () => {
  it('sends aliases trimmed, once each, without the field\'s own name', () => {
    expect(cleanAliases([' 集成电路 ', '', 'IC', 'ic', '新一代信息技术', '芯片'], '新一代信息技术')).toEqual(['集成电路', 'IC', '芯片']);
  });

  it('round-trips a field with its aliases and stamp', () => {
    const form = createFieldForm(false);
    fillFieldForm(form, {
      id: 'f', code: 'A01', name: '新一代信息技术', englishName: null, description: null, isStrategicEmerging: true, isActive: true, displayOrder: 1,
      aliases: ['新一代信息技术产业'], concurrencyStamp: 's'
    });
    form.controls.aliases.setValue([...form.controls.aliases.value, '集成电路 ']);
    expect(toUpdateFieldDto(form, 's')).toEqual({
      name: '新一代信息技术', englishName: null, description: null, aliases: ['新一代信息技术产业', '集成电路'], isStrategicEmerging: true, isActive: true,
      displayOrder: 1, concurrencyStamp: 's'
    });
    expect(form.valid).toBe(true);
  });

  it('checks a new code and the number of aliases like the server', () => {
    const form = createFieldForm(true);
    form.patchValue({ code: 'A 10', name: '数字创意' });
    expect(form.controls.code.hasError('pattern')).toBe(true);
    form.controls.code.setValue('A10');
    form.controls.aliases.setValue(Array.from({ length: 21 }, (_, i) => `别名${i}`));
    expect(form.controls.aliases.errors).toEqual({ maxTags: { max: 20 } });
    form.controls.aliases.setValue(['数字文化']);
    expect(toCreateFieldDto(form)).toMatchObject({ code: 'A10', name: '数字创意', aliases: ['数字文化'] });
  });

  it('puts the server\'s "name already used" (Cultivation:03003) on the field it names', () => {
    const form = createFieldForm(false);
    const problem = toProblem(new HttpErrorResponse({
      status: 400,
      error: { title: '“集成电路”已是“集成电路”的名称或别名，同一名称只能对应一个行业领域。', code: 'Cultivation:03003', errors: { aliases: ['“集成电路”已是“集成电路”的名称或别名，同一名称只能对应一个行业领域。'] } }
    }));
    expect(applyServerErrors(form, problem.errors)).toEqual([]);
    expect(form.controls.aliases.errors).toEqual({ server: '“集成电路”已是“集成电路”的名称或别名，同一名称只能对应一个行业领域。' });
    const local = createLocalForm(true);
    expect(applyServerErrors(local, { name: ['taken'], code: ['exists'] })).toEqual([]);
    expect(local.controls.name.errors).toMatchObject({ server: 'taken' });
  });

  it('needs a national category for a Shanghai entry and sends blanks as null', () => {
    const form = createLocalForm(true);
    form.patchValue({ code: 'SH-AI', name: ' 人工智能 ', system: '上海“3+6”新型产业体系', group: ' ', source: '' });
    expect(form.controls.industryFieldId.hasError('required')).toBe(true);
    form.controls.industryFieldId.setValue('f-it');
    expect(form.valid).toBe(true);
    expect(toCreateLocalDto(form)).toEqual({
      code: 'SH-AI', name: '人工智能', system: '上海“3+6”新型产业体系', group: null, source: null, industryFieldId: 'f-it', mappingConfirmed: false,
      isActive: true, displayOrder: 0
    });
  });
});

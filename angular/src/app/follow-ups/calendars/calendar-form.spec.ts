import { addMissingDays, countKinds, createCalendarForm, createDayForm, expandHolidays, fillCalendarForm, isWeekend, toUpdateCalendarDto } from './calendar-form';

describe('holiday calendar form', () => {
  it('knows weekends from calendar dates', () => {
    expect(isWeekend('2027-02-06')).toBe(true); // Saturday
    expect(isWeekend('2027-02-07')).toBe(true); // Sunday
    expect(isWeekend('2027-02-08')).toBe(false);
  });

  it('checks the server\'s rules per row: in the year, 调休上班 on a weekend, no date twice', () => {
    const form = createCalendarForm(2027);
    form.controls.source.setValue('国务院办公厅关于2027年部分节假日安排的通知');
    form.controls.days.push(createDayForm({ date: '2027-01-01', kind: 'Holiday', name: '元旦' }));
    form.controls.days.push(createDayForm({ date: '2026-12-31', kind: 'Holiday', name: '元旦' }));
    form.controls.days.push(createDayForm({ date: '2027-02-08', kind: 'Workday', name: '春节调休上班' }));
    form.controls.days.push(createDayForm({ date: '2027-01-01', kind: 'Holiday', name: '元旦' }));
    expect(form.controls.days.at(1).controls.date.errors).toEqual({ outsideYear: { year: 2027 } });
    expect(form.controls.days.at(2).controls.kind.errors).toEqual({ workdayNotWeekend: true });
    expect(form.controls.days.at(3).controls.date.errors).toEqual({ dateTwice: true });
    expect(form.controls.days.at(0).controls.date.errors).toBeNull();
    expect(form.valid).toBe(false);
    form.controls.days.removeAt(3);
    form.controls.days.at(1).controls.date.setValue('2027-01-02');
    form.controls.days.at(2).controls.date.setValue('2027-02-07');
    expect(form.valid).toBe(true);
  });

  it('needs a source: a kept year names the notice it comes from', () => {
    const form = createCalendarForm(2027);
    expect(form.controls.source.errors).toEqual({ required: true });
    form.controls.source.setValue('   ');
    expect(form.controls.source.errors).toEqual({ required: true });
  });

  it('expands a holiday range and adds only the missing days, in date order', () => {
    const form = createCalendarForm(2027);
    fillCalendarForm(form, { year: 2027, hasArrangement: true, source: 's', days: [{ date: '2027-02-10', kind: 'Holiday', name: '春节' }] });
    const days = expandHolidays('2027-02-08', '2027-02-11', '春节');
    expect(days.map(d => d.date)).toEqual(['2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11']);
    expect(addMissingDays(form, days)).toBe(3);
    expect(form.controls.days.controls.map(d => d.controls.date.value)).toEqual(['2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11']);
    expect(expandHolidays('2027-02-11', '2027-02-08', 'x')).toEqual([]);
    expect(countKinds(form.getRawValue().days)).toEqual({ holidays: 4, workdays: 0 });
  });

  it('sends days sorted with trimmed names and the stamp', () => {
    const form = createCalendarForm(2027);
    fillCalendarForm(form, { year: 2027, hasArrangement: false, source: null, days: [] });
    form.controls.source.setValue(' 通知 ');
    form.controls.days.push(createDayForm({ date: '2027-10-01', kind: 'Holiday', name: ' 国庆节 ' }));
    form.controls.days.push(createDayForm({ date: '2027-01-01', kind: 'Holiday', name: '元旦' }));
    expect(toUpdateCalendarDto(form, null)).toEqual({
      source: '通知',
      days: [{ date: '2027-01-01', kind: 'Holiday', name: '元旦' }, { date: '2027-10-01', kind: 'Holiday', name: '国庆节' }],
      concurrencyStamp: null
    });
  });
});

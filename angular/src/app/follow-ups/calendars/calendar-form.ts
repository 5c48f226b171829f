import { AbstractControl, FormArray, FormControl, FormGroup, ValidationErrors, ValidatorFn, Validators } from '@angular/forms';
import { CalendarDayDto } from '../../proxy/models/calendar-day-dto';
import { CalendarDayKind } from '../../proxy/models/calendar-day-kind';
import { HolidayCalendarDto } from '../../proxy/models/holiday-calendar-dto';
import { UpdateHolidayCalendarDto } from '../../proxy/models/update-holiday-calendar-dto';
import { addDays, parseDateOnly } from '../../shared/format/date-only';
import { notBlank } from '../log-service/log-service-form';

/** The server's FollowUpConsts and UpdateHolidayCalendarDto. */
export const CALENDAR_LIMITS = { source: 256, name: 32, days: 80 } as const;

export type DayForm = FormGroup<{
  date: FormControl<string | null>;
  kind: FormControl<CalendarDayKind | null>;
  name: FormControl<string>;
}>;

export type CalendarForm = FormGroup<{
  source: FormControl<string>;
  days: FormArray<DayForm>;
}>;

/** Saturday or Sunday (yyyy-MM-dd, a calendar date: no time zone involved). */
export function isWeekend(date: string): boolean {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 || day === 6;
}

/** Adds or removes one error key on a control, keeping its other errors. */
function toggleError(control: AbstractControl, key: string, value: unknown): void {
  const errors = { ...(control.errors ?? {}) };
  const had = key in errors;
  if (value === null && !had) {
    return;
  }
  if (value === null) {
    delete errors[key];
  } else {
    errors[key] = value;
  }
  control.setErrors(Object.keys(errors).length ? errors : null);
}

/**
 * On the days array, the server's rules: every date in the calendar's year, an adjusted working day (调休上班)
 * on a weekend, no date twice. Errors go on the offending row's fields.
 */
export function calendarDaysValidator(year: number): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null => {
    const days = control as FormArray<DayForm>;
    const seen = new Set<string>();
    for (const day of days.controls) {
      const date = parseDateOnly(day.controls.date.value);
      const outside = date !== null && Number(date.slice(0, 4)) !== year;
      toggleError(day.controls.date, 'outsideYear', outside ? { year } : null);
      toggleError(day.controls.date, 'dateTwice', date !== null && seen.has(date) ? true : null);
      if (date !== null) {
        seen.add(date);
      }
      const weekdayWork = date !== null && day.controls.kind.value === 'Workday' && !isWeekend(date);
      toggleError(day.controls.kind, 'workdayNotWeekend', weekdayWork ? true : null);
    }
    return null;
  };
}

export function createDayForm(day?: Partial<CalendarDayDto>): DayForm {
  return new FormGroup({
    date: new FormControl<string | null>(day?.date ?? null, { validators: [Validators.required] }),
    kind: new FormControl<CalendarDayKind | null>(day?.kind ?? 'Holiday', { validators: [Validators.required] }),
    name: new FormControl(day?.name ?? '', { nonNullable: true, validators: [Validators.required, Validators.maxLength(CALENDAR_LIMITS.name), notBlank] })
  });
}

export function createCalendarForm(year: number): CalendarForm {
  return new FormGroup({
    source: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(CALENDAR_LIMITS.source), notBlank] }),
    days: new FormArray<DayForm>([], { validators: [calendarDaysValidator(year), Validators.maxLength(CALENDAR_LIMITS.days)] })
  });
}

export function fillCalendarForm(form: CalendarForm, calendar: HolidayCalendarDto): void {
  form.controls.source.reset(calendar.source ?? '');
  form.controls.days.clear({ emitEvent: false });
  for (const day of [...calendar.days].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''))) {
    form.controls.days.push(createDayForm(day), { emitEvent: false });
  }
  form.controls.days.updateValueAndValidity();
  form.markAsPristine();
}

/** Every day from `from` to `to` (inclusive) as a day off named `name`; nothing when the range is reversed or too long. */
export function expandHolidays(from: string, to: string, name: string, max: number = CALENDAR_LIMITS.days): CalendarDayDto[] {
  const days: CalendarDayDto[] = [];
  for (let date = from; date <= to && days.length < max; date = addDays(date, 1)) {
    days.push({ date, kind: 'Holiday', name });
  }
  return days;
}

/** Adds days the form does not list yet; returns how many were added. */
export function addMissingDays(form: CalendarForm, days: readonly CalendarDayDto[]): number {
  const present = new Set(form.controls.days.controls.map(d => parseDateOnly(d.controls.date.value)));
  let added = 0;
  for (const day of days) {
    if (!present.has(day.date)) {
      form.controls.days.push(createDayForm(day));
      added++;
    }
  }
  sortDays(form);
  return added;
}

/** Keeps the rows in date order (blank dates last). */
export function sortDays(form: CalendarForm): void {
  const controls = [...form.controls.days.controls].sort((a, b) =>
    (parseDateOnly(a.controls.date.value) ?? '9999').localeCompare(parseDateOnly(b.controls.date.value) ?? '9999'));
  form.controls.days.clear({ emitEvent: false });
  controls.forEach(c => form.controls.days.push(c, { emitEvent: false }));
  form.controls.days.updateValueAndValidity();
}

export function toUpdateCalendarDto(form: CalendarForm, concurrencyStamp: string | null | undefined): UpdateHolidayCalendarDto {
  const value = form.getRawValue();
  return {
    source: value.source.trim(),
    days: value.days.map(d => ({ date: parseDateOnly(d.date), kind: d.kind, name: d.name.trim() })).sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '')),
    concurrencyStamp: concurrencyStamp ?? null
  };
}

export function countKinds(days: readonly { kind: CalendarDayKind | null }[]): { holidays: number; workdays: number } {
  return { holidays: days.filter(d => d.kind === 'Holiday').length, workdays: days.filter(d => d.kind === 'Workday').length };
}

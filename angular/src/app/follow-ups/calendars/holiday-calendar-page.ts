import { Component, DestroyRef, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { ActivatedRoute, Router } from '@angular/router';
import { firstValueFrom, map, startWith } from 'rxjs';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzSkeletonModule } from 'ng-zorro-antd/skeleton';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { ErrorNotifier } from '../../core/errors/error-notifier';
import { FormSubmission } from '../../core/errors/form-submission';
import { ApiClient } from '../../core/http/api-client';
import { I18nService } from '../../core/i18n/i18n.service';
import { EnumLabelPipe, TranslatePipe } from '../../core/i18n/translate.pipe';
import { holidayCalendarGet } from '../../proxy/fn/holiday-calendar/holiday-calendar-get';
import { holidayCalendarGetList } from '../../proxy/fn/holiday-calendar/holiday-calendar-get-list';
import { holidayCalendarSet } from '../../proxy/fn/holiday-calendar/holiday-calendar-set';
import { HolidayCalendarDto } from '../../proxy/models/holiday-calendar-dto';
import { CALENDAR_DAY_KINDS } from '../../shared/domain-enums';
import { parseDateOnly, shanghaiToday } from '../../shared/format/date-only';
import { ConflictAlert } from '../../shared/ui/conflict-alert';
import { FieldErrorPipe } from '../../shared/ui/field-error.pipe';
import { dateOrderValidator } from '../../shared/validators/form-validators';
import { notBlank } from '../log-service/log-service-form';
import {
  CALENDAR_LIMITS, CalendarForm, addMissingDays, countKinds, createCalendarForm, createDayForm, expandHolidays, fillCalendarForm, toUpdateCalendarDto
} from './calendar-form';

const weekdayFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * The statutory holiday calendar per year (GET /api/app/holiday-calendars, GET/PUT …/{year}): which years
 * are kept and from which State Council notice, and that an unkept year counts weekends only.
 */
@Component({
  selector: 'app-holiday-calendar-page',
  imports: [
    ReactiveFormsModule, NzAlertModule, NzButtonModule, NzCardModule, NzFormModule, NzIconModule, NzInputModule, NzSelectModule, NzSkeletonModule,
    NzTagModule, TranslatePipe, EnumLabelPipe, FieldErrorPipe, ConflictAlert
  ],
  templateUrl: './holiday-calendar-page.html',
  styleUrl: './holiday-calendar-page.scss'
})
export class HolidayCalendarPage {
  private readonly api = inject(ApiClient);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly notifier = inject(ErrorNotifier);
  private readonly i18n = inject(I18nService);

  protected readonly limits = CALENDAR_LIMITS;
  protected readonly kinds = CALENDAR_DAY_KINDS;
  protected readonly years = signal<HolidayCalendarDto[] | null>(null);
  protected readonly calendar = signal<HolidayCalendarDto | null>(null);
  protected readonly year = signal<number>(Number(shanghaiToday().slice(0, 4)));
  protected form: CalendarForm = createCalendarForm(this.year());
  protected submission = new FormSubmission(this.form, this.notifier);
  protected readonly formVersion = signal(0);
  protected readonly range = new FormGroup(
    {
      from: new FormControl<string | null>(null, { validators: [Validators.required] }),
      to: new FormControl<string | null>(null, { validators: [Validators.required] }),
      name: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(CALENDAR_LIMITS.name), notBlank] })
    },
    { validators: [dateOrderValidator('from', 'to')] }
  );
  protected readonly counts = computed(() => {
    this.formVersion();
    return countKinds(this.form.getRawValue().days);
  });
  private readonly destroyRef = inject(DestroyRef);

  constructor() {
    void this.loadYears();
    this.route.queryParamMap.pipe(map(params => Number(params.get('year'))), takeUntilDestroyed()).subscribe(year => {
      const chosen = Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : Number(shanghaiToday().slice(0, 4));
      void this.open(chosen);
    });
  }

  protected select(year: number): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: { year } });
  }

  protected weekday(date: string | null): string {
    const day = parseDateOnly(date);
    if (!day) {
      return '';
    }
    const locale = this.i18n.language() === 'en' ? 'en-GB' : 'zh-CN';
    let format = weekdayFormats.get(locale);
    if (!format) {
      format = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
      weekdayFormats.set(locale, format);
    }
    return format.format(new Date(`${day}T00:00:00Z`));
  }

  protected addDay(): void {
    this.form.controls.days.push(createDayForm({ date: null, kind: 'Holiday', name: '' }));
    this.form.markAsDirty();
    this.formVersion.update(v => v + 1);
  }

  protected removeDay(index: number): void {
    this.form.controls.days.removeAt(index);
    this.form.markAsDirty();
    this.formVersion.update(v => v + 1);
  }

  protected addRange(): void {
    if (this.range.invalid) {
      this.range.markAllAsTouched();
      Object.values(this.range.controls).forEach(c => c.markAsDirty());
      return;
    }
    const value = this.range.getRawValue();
    const days = expandHolidays(value.from as string, value.to as string, value.name.trim(), CALENDAR_LIMITS.days);
    if (addMissingDays(this.form, days) > 0) {
      this.form.markAsDirty();
      this.formVersion.update(v => v + 1);
    }
    this.range.reset({ from: null, to: null, name: '' });
  }

  protected reset(): void {
    const calendar = this.calendar();
    if (calendar) {
      fillCalendarForm(this.form, calendar);
      this.submission.reset();
      this.formVersion.update(v => v + 1);
    }
  }

  protected async save(): Promise<void> {
    const calendar = this.calendar();
    if (!calendar) {
      return;
    }
    const saved = await this.submission.submit(() =>
      firstValueFrom(this.api.call(holidayCalendarSet, { year: calendar.year, body: toUpdateCalendarDto(this.form, calendar.concurrencyStamp) }))
    );
    if (saved) {
      this.notifier.success('common.saved');
      this.show(saved);
      void this.loadYears();
    }
  }

  protected async open(year: number): Promise<void> {
    this.year.set(year);
    this.calendar.set(null);
    this.form = createCalendarForm(year);
    this.submission = new FormSubmission(this.form, this.notifier);
    this.form.valueChanges.pipe(startWith(null), takeUntilDestroyed(this.destroyRef)).subscribe(() => this.formVersion.update(v => v + 1));
    try {
      this.show(await firstValueFrom(this.api.call(holidayCalendarGet, { year })));
    } catch (error) {
      this.notifier.show(error);
    }
  }

  private show(calendar: HolidayCalendarDto): void {
    this.calendar.set(calendar);
    fillCalendarForm(this.form, calendar);
    this.submission.reset();
    this.formVersion.update(v => v + 1);
  }

  private async loadYears(): Promise<void> {
    try {
      this.years.set(await firstValueFrom(this.api.call(holidayCalendarGetList, {})));
    } catch (error) {
      this.notifier.show(error);
    }
  }
}

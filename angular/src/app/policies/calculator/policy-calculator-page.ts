import { Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { ActivatedRoute } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { ErrorNotifier } from '../../core/errors/error-notifier';
import { toProblem } from '../../core/errors/problem';
import { ApiClient } from '../../core/http/api-client';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { policyCalculatorCalculate } from '../../proxy/fn/policy-calculator/policy-calculator-calculate';
import { PolicyEvaluation } from '../../proxy/models/policy-evaluation';
import { parseDateOnly, shanghaiToday, toDate } from '../../shared/format/date-only';
import { LoadFailed } from '../../shared/ui/load-failed';
import { PageHeader } from '../../shared/ui/page-header';
import { createFactsForm, toFacts } from '../shared/facts-form';
import { PolicyEvaluationView } from '../shared/policy-evaluation';
import { PolicyFactsForm } from '../shared/policy-facts-form';
import { problemMessages } from '../shared/problem-messages';
import { ProgrammeStore } from '../shared/programme-store';
import { versionInForce } from '../shared/policy-format';

/** 政策计算器: facts typed in, evaluated against the rule version in force on the date; nothing is saved. */
@Component({
  selector: 'app-policy-calculator-page',
  imports: [
    ReactiveFormsModule, NzAlertModule, NzButtonModule, NzCardModule, NzDatePickerModule, NzFormModule, NzSelectModule, NzTagModule,
    TranslatePipe, PageHeader, LoadFailed, PolicyFactsForm, PolicyEvaluationView
  ],
  template: `
    <app-page-header [title]="'pol.calcTitle' | t" [subtitle]="'pol.calcSubtitle' | t" />
    @if (loadError(); as message) {
      <app-load-failed [title]="'pol.loadFailed' | t" [message]="message" (retry)="load()" />
    } @else {
      <div class="calculator">
        <nz-card class="facts-card">
          <form nz-form nzLayout="vertical" (submit)="$event.preventDefault(); calculate()" data-testid="calculator-form">
            <div class="head">
              <nz-form-item>
                <nz-form-label nzRequired>{{ 'pol.programme' | t }}</nz-form-label>
                <nz-form-control>
                  <nz-select [formControl]="programmeCode" [nzPlaceHolder]="'common.select' | t" nzShowSearch data-testid="calc-programme">
                    @for (p of programmes(); track p.id) {
                      <nz-option [nzValue]="p.code" [nzLabel]="i18n.language() === 'en' ? p.englishName : p.name" />
                    }
                  </nz-select>
                </nz-form-control>
              </nz-form-item>
              <nz-form-item>
                <nz-form-label nzRequired>{{ 'pol.assessmentDate' | t }}</nz-form-label>
                <nz-form-control><nz-date-picker [formControl]="assessmentDate" [nzAllowClear]="false" data-testid="calc-date" /></nz-form-control>
              </nz-form-item>
            </div>
            @if (version(); as v) {
              <div class="version-line" data-testid="calc-version">
                {{ 'pol.versionInForce' | t: { version: v.version } }}
                @if (v.unverifiedCount) { <nz-tag nzColor="orange">{{ 'pol.unverifiedCount' | t: { count: v.unverifiedCount } }}</nz-tag> }
              </div>
            } @else if (programmeCode.value) {
              <nz-alert nzType="warning" [nzMessage]="'pol.noVersionOnDate' | t" class="block" />
            }
            <app-policy-facts-form [form]="facts" [programmes]="programmes()" />
            @if (error(); as message) {
              <nz-alert nzType="error" nzShowIcon [nzMessage]="message" class="block" data-testid="calc-error" />
            }
            <div class="actions">
              <button nz-button nzType="primary" type="submit" [nzLoading]="busy()" [disabled]="!programmeCode.value" data-testid="calc-submit">{{ 'pol.calculate' | t }}</button>
              <button nz-button type="button" (click)="reset()">{{ 'pol.resetFacts' | t }}</button>
            </div>
          </form>
        </nz-card>
        <nz-card class="result-card" [nzTitle]="'pol.result' | t">
          @if (result(); as r) {
            <app-policy-evaluation [evaluation]="r" />
          } @else {
            <p class="empty">{{ 'pol.resultEmpty' | t }}</p>
          }
        </nz-card>
      </div>
    }
  `,
  styles: `
    .calculator { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 16px; align-items: start; }
    @media (max-width: 1100px) { .calculator { grid-template-columns: minmax(0, 1fr); } }
    .result-card { position: sticky; top: 8px; }
    .head { display: grid; grid-template-columns: 2fr 1fr; gap: 12px; }
    .head nz-select, .head nz-date-picker { width: 100%; }
    .version-line { margin-bottom: 12px; color: rgba(0, 0, 0, 0.65); }
    .actions { display: flex; gap: 8px; margin-top: 8px; }
    .block { display: block; margin-bottom: 12px; }
    .empty { color: rgba(0, 0, 0, 0.45); }
  `
})
export class PolicyCalculatorPage {
  private readonly api = inject(ApiClient);
  private readonly notifier = inject(ErrorNotifier);
  private readonly store = inject(ProgrammeStore);
  private readonly route = inject(ActivatedRoute);
  protected readonly i18n = inject(I18nService);

  protected readonly programmes = computed(() => this.store.programmes() ?? []);
  protected readonly loadError = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly result = signal<PolicyEvaluation | null>(null);

  protected readonly programmeCode = new FormControl<string | null>(this.route.snapshot.queryParamMap.get('programme'), Validators.required);
  protected readonly assessmentDate = new FormControl<Date | string | null>(toDate(shanghaiToday()));
  protected facts = createFactsForm(shanghaiToday());

  private readonly code = toSignal(this.programmeCode.valueChanges, { initialValue: this.programmeCode.value });
  private readonly date = toSignal(this.assessmentDate.valueChanges, { initialValue: this.assessmentDate.value });
  protected readonly version = computed(() => {
    const programme = this.programmes().find(p => p.code === this.code());
    const date = parseDateOnly(this.date());
    return programme && date ? versionInForce(programme.ruleSets ?? [], date) : null;
  });

  constructor() {
    void this.load();
  }

  protected async load(): Promise<void> {
    this.loadError.set(null);
    try {
      await this.store.load();
    } catch (error) {
      this.loadError.set(this.notifier.describe(toProblem(error)));
    }
  }

  protected async calculate(): Promise<void> {
    const date = parseDateOnly(this.assessmentDate.value);
    if (!this.programmeCode.value || !date || this.facts.invalid) {
      this.facts.markAllAsTouched();
      this.error.set(this.i18n.t('pol.fixFacts'));
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    try {
      this.result.set(await firstValueFrom(this.api.call(policyCalculatorCalculate, {
        body: { programmeCode: this.programmeCode.value, assessmentDate: date, facts: toFacts(this.facts) }
      })));
    } catch (error) {
      this.error.set(problemMessages(toProblem(error), this.notifier));
    } finally {
      this.busy.set(false);
    }
  }

  protected reset(): void {
    this.facts = createFactsForm(parseDateOnly(this.assessmentDate.value) ?? shanghaiToday());
    this.result.set(null);
    this.error.set(null);
  }
}

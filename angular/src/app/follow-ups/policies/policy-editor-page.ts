import { Component, DestroyRef, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormsModule, ReactiveFormsModule } from '@angular/forms';
import { ActivatedRoute, Router } from '@angular/router';
import { catchError, distinctUntilChanged, filter, firstValueFrom, map, of, switchMap } from 'rxjs';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzSkeletonModule } from 'ng-zorro-antd/skeleton';
import { ErrorNotifier } from '../../core/errors/error-notifier';
import { FormSubmission } from '../../core/errors/form-submission';
import { ApiClient } from '../../core/http/api-client';
import { EnumLabelPipe, TranslatePipe } from '../../core/i18n/translate.pipe';
import { ReferenceDataService } from '../../core/reference/reference-data.service';
import { followUpPolicyGet } from '../../proxy/fn/follow-up-policy/follow-up-policy-get';
import { followUpPolicyUpdate } from '../../proxy/fn/follow-up-policy/follow-up-policy-update';
import { ContestEditionListItemDto } from '../../proxy/models/contest-edition-list-item-dto';
import { FollowUpPolicyDto } from '../../proxy/models/follow-up-policy-dto';
import { CONTEST_TRACKS, PRIZE_LEVELS } from '../../shared/domain-enums';
import { ConflictAlert } from '../../shared/ui/conflict-alert';
import { FieldErrorPipe } from '../../shared/ui/field-error.pipe';
import { PageHeader } from '../../shared/ui/page-header';
import { ALL_PRIZES, POLICY_LIMITS, createPolicyForm, createRuleForm, fillPolicyForm, toUpdatePolicyDto } from './policy-form';

/** The cadence policy of a contest edition (GET/PUT /api/app/follow-up-policies/{editionId}). */
@Component({
  selector: 'app-policy-editor-page',
  imports: [
    FormsModule, ReactiveFormsModule, NzAlertModule, NzButtonModule, NzCardModule, NzEmptyModule, NzFormModule, NzIconModule, NzInputNumberModule,
    NzSelectModule, NzSkeletonModule, TranslatePipe, EnumLabelPipe, FieldErrorPipe, ConflictAlert, PageHeader
  ],
  template: `
    <app-page-header [title]="'policy.title' | t" [subtitle]="'policy.subtitle' | t" />
    @if (editions(); as list) {
      @if (!list.length) {
        <nz-empty [nzNotFoundContent]="'policy.noEditions' | t" />
      } @else {
        <div class="toolbar">
          <nz-select class="edition-select" [ngModel]="editionId()" (ngModelChange)="selectEdition($event)" data-testid="policy-edition">
            @for (edition of list; track edition.id) {
              <nz-option [nzValue]="edition.id" [nzLabel]="edition.name" />
            }
          </nz-select>
        </div>
        @if (policy(); as p) {
          <nz-card class="narrow-form" data-testid="policy-editor">
            @if (!p.concurrencyStamp) {
              <nz-alert nzType="info" nzShowIcon [nzMessage]="'policy.notSavedYet' | t" class="form-alert" />
            }
            @if (submission.conflict()) {
              <app-conflict-alert (reload)="load(p.editionId)" />
            }
            @if (submission.formError(); as formError) {
              <nz-alert nzType="error" nzShowIcon [nzMessage]="formError" class="form-alert" />
            }
            <form nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="save()">
              <div class="form-grid">
                <nz-form-item>
                  <nz-form-label nzRequired>{{ 'policy.firstContactDays' | t }}</nz-form-label>
                  <nz-form-control [nzErrorTip]="errorTip">
                    <nz-input-number formControlName="firstContactDays" [nzMin]="limits.days.min" [nzMax]="limits.days.max" [nzStep]="1" class="full-width"
                      data-testid="policy-first-contact" />
                  </nz-form-control>
                </nz-form-item>
                <nz-form-item>
                  <nz-form-label nzRequired>{{ 'DisplayName:CultivationYears' | t }}</nz-form-label>
                  <nz-form-control [nzErrorTip]="errorTip">
                    <nz-input-number formControlName="cultivationYears" [nzMin]="limits.years.min" [nzMax]="limits.years.max" [nzStep]="1" class="full-width" />
                  </nz-form-control>
                </nz-form-item>
                <nz-form-item>
                  <nz-form-label nzRequired>{{ 'policy.defaultDays' | t }}</nz-form-label>
                  <nz-form-control [nzErrorTip]="errorTip" [nzExtra]="'policy.defaultDaysHelp' | t">
                    <nz-input-number formControlName="defaultDays" [nzMin]="limits.days.min" [nzMax]="limits.days.max" [nzStep]="1" class="full-width" />
                  </nz-form-control>
                </nz-form-item>
              </div>
              <h3 class="rules-title">{{ 'policy.rules' | t }}</h3>
              <div formArrayName="rules" class="rules">
                @for (rule of form.controls.rules.controls; track rule; let i = $index) {
                  <div class="rule" [formGroupName]="i" data-testid="policy-rule">
                    <nz-form-item>
                      <nz-form-label nzRequired>{{ 'DisplayName:Track' | t }}</nz-form-label>
                      <nz-form-control [nzErrorTip]="errorTip">
                        <nz-select formControlName="track">
                          @for (track of tracks; track track) {
                            <nz-option [nzValue]="track" [nzLabel]="track | enumLabel: 'ContestTrack'" />
                          }
                        </nz-select>
                      </nz-form-control>
                    </nz-form-item>
                    <nz-form-item>
                      <nz-form-label>{{ 'DisplayName:PrizeLevel' | t }}</nz-form-label>
                      <nz-form-control [nzErrorTip]="errorTip">
                        <nz-select formControlName="prizeLevel">
                          <nz-option [nzValue]="allPrizes" [nzLabel]="'policy.allPrizes' | t" />
                          @for (prize of prizes; track prize) {
                            <nz-option [nzValue]="prize" [nzLabel]="prize | enumLabel: 'PrizeLevel'" />
                          }
                        </nz-select>
                      </nz-form-control>
                    </nz-form-item>
                    <nz-form-item>
                      <nz-form-label nzRequired>{{ 'policy.days' | t }}</nz-form-label>
                      <nz-form-control [nzErrorTip]="errorTip">
                        <nz-input-number formControlName="days" [nzMin]="limits.days.min" [nzMax]="limits.days.max" [nzStep]="1" class="full-width"
                          data-testid="policy-rule-days" />
                      </nz-form-control>
                    </nz-form-item>
                    <button nz-button nzType="text" nzDanger type="button" class="rule-remove" [attr.aria-label]="'common.remove' | t"
                      (click)="removeRule(i)"><nz-icon nzType="delete" /></button>
                  </div>
                }
              </div>
              <button nz-button nzType="dashed" type="button" class="full-width add-rule" (click)="addRule()"
                [disabled]="form.controls.rules.length >= limits.rules" data-testid="policy-add-rule">
                <nz-icon nzType="plus" /> {{ 'policy.addRule' | t }}
              </button>
              <div class="form-actions">
                <button nz-button nzType="primary" type="submit" [nzLoading]="submission.saving()" data-testid="policy-save">{{ 'common.save' | t }}</button>
                <button nz-button type="button" (click)="reset()" [disabled]="form.pristine">{{ 'common.reset' | t }}</button>
              </div>
            </form>
          </nz-card>
        } @else {
          <nz-card><nz-skeleton [nzActive]="true" [nzParagraph]="{ rows: 6 }" /></nz-card>
        }
      }
    } @else {
      <nz-card><nz-skeleton [nzActive]="true" /></nz-card>
    }
    <ng-template #errorTip let-control>{{ control | fieldError }}</ng-template>
  `,
  styles: `
    .edition-select { width: 420px; max-width: 100%; }
    .narrow-form { max-width: 860px; }
    .rules-title { font-size: 15px; font-weight: 600; margin: 8px 0 12px; }
    .rule { display: grid; grid-template-columns: 1fr 1fr 160px 40px; gap: 0 12px; align-items: start; border-bottom: 1px dashed #f0f0f0; }
    .rule-remove { margin-top: 30px; }
    .add-rule { margin-bottom: 16px; }
    @media (max-width: 767.98px) {
      .rule { grid-template-columns: 1fr 1fr; }
      .rule-remove { margin-top: 0; }
    }
  `
})
export class PolicyEditorPage {
  private readonly api = inject(ApiClient);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly notifier = inject(ErrorNotifier);

  protected readonly limits = POLICY_LIMITS;
  protected readonly tracks = CONTEST_TRACKS;
  protected readonly prizes = PRIZE_LEVELS;
  protected readonly allPrizes = ALL_PRIZES;
  protected readonly editions = signal<ContestEditionListItemDto[] | null>(null);
  protected readonly policy = signal<FollowUpPolicyDto | null>(null);
  protected readonly form = createPolicyForm();
  protected readonly submission = new FormSubmission(this.form, this.notifier);
  protected readonly editionId = computed(() => this.policy()?.editionId ?? this.requested());
  private readonly requested = signal<string | null>(null);

  constructor() {
    const destroyRef = inject(DestroyRef);
    inject(ReferenceDataService).editions().subscribe({
      next: editions => {
        const sorted = [...editions].sort((a, b) => b.year - a.year);
        this.editions.set(sorted);
        this.route.queryParamMap
          .pipe(
            map(params => params.get('edition')),
            map(id => (id && sorted.some(e => e.id === id) ? id : (sorted[0]?.id ?? null))),
            filter((id): id is string => id !== null),
            distinctUntilChanged(),
            switchMap(id => {
              this.requested.set(id);
              this.policy.set(null);
              return this.api.call(followUpPolicyGet, { editionId: id }).pipe(catchError(error => (this.notifier.show(error), of(null))));
            }),
            takeUntilDestroyed(destroyRef)
          )
          .subscribe(policy => this.show(policy));
      },
      error: error => this.notifier.show(error)
    });
  }

  protected selectEdition(id: string): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: { edition: id } });
  }

  protected addRule(): void {
    this.form.controls.rules.push(createRuleForm());
    this.form.markAsDirty();
  }

  protected removeRule(index: number): void {
    this.form.controls.rules.removeAt(index);
    this.form.markAsDirty();
  }

  protected reset(): void {
    const policy = this.policy();
    if (policy) {
      fillPolicyForm(this.form, policy);
      this.submission.reset();
    }
  }

  protected async load(editionId: string): Promise<void> {
    this.show(await firstValueFrom(this.api.call(followUpPolicyGet, { editionId })).catch(error => (this.notifier.show(error), null)));
  }

  protected async save(): Promise<void> {
    const policy = this.policy();
    if (!policy) {
      return;
    }
    const saved = await this.submission.submit(() =>
      firstValueFrom(this.api.call(followUpPolicyUpdate, { editionId: policy.editionId, body: toUpdatePolicyDto(this.form, policy.concurrencyStamp) }))
    );
    if (saved) {
      this.notifier.success('policy.saved');
      this.show(saved);
    }
  }

  private show(policy: FollowUpPolicyDto | null): void {
    this.policy.set(policy);
    this.submission.reset();
    if (policy) {
      fillPolicyForm(this.form, policy);
    }
  }
}

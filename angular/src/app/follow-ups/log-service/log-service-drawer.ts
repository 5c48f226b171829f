import { Component, OnInit, computed, inject, input, output, signal } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { firstValueFrom } from 'rxjs';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzDrawerModule } from 'ng-zorro-antd/drawer';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { ErrorNotifier } from '../../core/errors/error-notifier';
import { FormSubmission } from '../../core/errors/form-submission';
import { ApiClient } from '../../core/http/api-client';
import { EnumLabelPipe, TranslatePipe } from '../../core/i18n/translate.pipe';
import { BreakpointService } from '../../core/layout/breakpoint.service';
import { enterpriseFollowUpLogService } from '../../proxy/fn/enterprise-follow-up/enterprise-follow-up-log-service';
import { LogServiceResultDto } from '../../proxy/models/log-service-result-dto';
import { ServiceCategory } from '../../proxy/models/service-category';
import { SERVICE_CATEGORIES, SERVICE_CHANNELS } from '../../shared/domain-enums';
import { parseDateOnly, shanghaiToday } from '../../shared/format/date-only';
import { FieldErrorPipe } from '../../shared/ui/field-error.pipe';
import { OfficerOption, OfficerOptions } from '../shared/officer-options';
import { SERVICE_LIMITS, createLogServiceForm, createRequestForm, toLogServiceDto } from './log-service-form';

/** The enterprise a service is logged for. */
export interface ServiceTarget {
  enterpriseId: string;
  enterpriseName: string;
  districtId: string;
}

/**
 * "记录服务": one contact with an enterprise and the requests (诉求) it raised (POST
 * /api/app/enterprises/{id}/services). Made for a phone during a visit: today and 走访 (a visit) are filled in,
 * categories are one tap, the drawer takes the whole screen on a phone.
 */
@Component({
  selector: 'app-log-service-drawer',
  imports: [
    ReactiveFormsModule, NzDrawerModule, NzFormModule, NzInputModule, NzDatePickerModule, NzRadioModule, NzSelectModule, NzTagModule,
    NzButtonModule, NzIconModule, NzAlertModule, TranslatePipe, EnumLabelPipe, FieldErrorPipe
  ],
  template: `
    <nz-drawer [nzVisible]="true" [nzWidth]="narrow() ? '100%' : 560" [nzTitle]="title" [nzFooter]="footer" [nzMaskClosable]="false"
      (nzOnClose)="closed.emit()" nzWrapClassName="log-service-drawer">
      <ng-container *nzDrawerContent>
        @if (submission.formError(); as formError) {
          <nz-alert nzType="error" nzShowIcon [nzMessage]="formError" class="form-alert" />
        }
        <form nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="save()" id="log-service-form" data-testid="log-service-form">
          <div class="two-columns">
            <nz-form-item>
              <nz-form-label nzRequired>{{ 'DisplayName:ServedOn' | t }}</nz-form-label>
              <nz-form-control [nzErrorTip]="errorTip">
                <nz-date-picker formControlName="servedOn" [nzDisabledDate]="disableFuture" [nzInputReadOnly]="narrow()" [nzAllowClear]="false"
                  class="full-width" data-testid="served-on" />
              </nz-form-control>
            </nz-form-item>
            <nz-form-item>
              <nz-form-label nzRequired>{{ 'service.channel' | t }}</nz-form-label>
              <nz-form-control [nzErrorTip]="errorTip">
                <nz-radio-group formControlName="channel" nzButtonStyle="solid" class="channel-group" data-testid="service-channel">
                  @for (channel of channels; track channel) {
                    <label nz-radio-button [nzValue]="channel">{{ channel | enumLabel: 'ServiceChannel' }}</label>
                  }
                </nz-radio-group>
              </nz-form-control>
            </nz-form-item>
          </div>
          <nz-form-item>
            <nz-form-label nzRequired>{{ 'service.category' | t }}</nz-form-label>
            <nz-form-control [nzErrorTip]="errorTip">
              <div class="category-chips" data-testid="service-category">
                @for (category of categories; track category) {
                  <nz-tag nzMode="checkable" [nzChecked]="form.controls.category.value === category" (nzCheckedChange)="pickCategory(category)"
                    [attr.data-category]="category">{{ category | enumLabel: 'ServiceCategory' }}</nz-tag>
                }
              </div>
              <input type="hidden" formControlName="category" />
            </nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label nzRequired nzFor="service-summary">{{ 'DisplayName:Summary' | t }}</nz-form-label>
            <nz-form-control [nzErrorTip]="errorTip">
              <textarea nz-input id="service-summary" formControlName="summary" rows="3" [maxlength]="limits.summary"
                [placeholder]="'service.summaryPlaceholder' | t" data-testid="service-summary"></textarea>
            </nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label nzFor="service-outcome">{{ 'service.outcome' | t }}</nz-form-label>
            <nz-form-control [nzErrorTip]="errorTip">
              <textarea nz-input id="service-outcome" formControlName="outcome" rows="2" [maxlength]="limits.outcome" data-testid="service-outcome"></textarea>
            </nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label>{{ 'DisplayName:NextContactOn' | t }}</nz-form-label>
            <nz-form-control [nzErrorTip]="errorTip" [nzExtra]="'service.nextContactHelp' | t">
              <nz-date-picker formControlName="nextContactOn" [nzDisabledDate]="disableNotAfterService" [nzInputReadOnly]="narrow()" class="full-width"
                data-testid="next-contact-on" />
            </nz-form-control>
          </nz-form-item>

          <div class="requests-head">
            <div>
              <div class="requests-title">{{ 'service.requests' | t }}</div>
              <div class="hint">{{ 'service.requestsHelp' | t }}</div>
            </div>
            <button nz-button type="button" (click)="addRequest()" [disabled]="form.controls.requests.length >= limits.requests" data-testid="add-request">
              <nz-icon nzType="plus" /> {{ 'service.addRequest' | t }}
            </button>
          </div>
          <div formArrayName="requests">
            @for (request of form.controls.requests.controls; track request; let i = $index) {
              <div class="request-block" [formGroupName]="i" data-testid="request-block">
                <nz-form-item>
                  <nz-form-label nzRequired>{{ 'service.requestDescription' | t }} {{ i + 1 }}</nz-form-label>
                  <nz-form-control [nzErrorTip]="errorTip">
                    <textarea nz-input formControlName="description" rows="2" [maxlength]="limits.request" data-testid="request-description"></textarea>
                  </nz-form-control>
                </nz-form-item>
                <div class="two-columns">
                  <nz-form-item>
                    <nz-form-label nzRequired>{{ 'service.requestCategory' | t }}</nz-form-label>
                    <nz-form-control [nzErrorTip]="errorTip">
                      <nz-select formControlName="category" class="full-width">
                        @for (category of categories; track category) {
                          <nz-option [nzValue]="category" [nzLabel]="category | enumLabel: 'ServiceCategory'" />
                        }
                      </nz-select>
                    </nz-form-control>
                  </nz-form-item>
                  <nz-form-item>
                    <nz-form-label>{{ 'DisplayName:OwnerId' | t }}</nz-form-label>
                    <nz-form-control>
                      <nz-select formControlName="ownerId" class="full-width" [nzPlaceHolder]="'service.ownerMe' | t" nzAllowClear>
                        @for (officer of officers(); track officer.id) {
                          <nz-option [nzValue]="officer.id" [nzLabel]="officer.name" />
                        }
                      </nz-select>
                    </nz-form-control>
                  </nz-form-item>
                </div>
                <button nz-button nzType="link" nzDanger type="button" class="remove-request" (click)="form.controls.requests.removeAt(i)">
                  <nz-icon nzType="delete" /> {{ 'common.remove' | t }}
                </button>
              </div>
            }
          </div>
        </form>
      </ng-container>
    </nz-drawer>
    <ng-template #title>
      <div class="drawer-title">{{ 'service.title' | t }}</div>
      <div class="drawer-subtitle">{{ target().enterpriseName }}</div>
    </ng-template>
    <ng-template #footer>
      <div class="form-actions drawer-footer">
        <button nz-button type="button" (click)="closed.emit()">{{ 'common.cancel' | t }}</button>
        <button nz-button nzType="primary" type="submit" form="log-service-form" [nzLoading]="submission.saving()" data-testid="save-service">
          {{ 'common.save' | t }}
        </button>
      </div>
    </ng-template>
    <ng-template #errorTip let-control>{{ control | fieldError }}</ng-template>
  `,
  styles: `
    .two-columns { display: grid; grid-template-columns: 1fr 1fr; column-gap: 12px; }
    .category-chips { display: flex; flex-wrap: wrap; gap: 8px; }
    .category-chips nz-tag { margin: 0; padding: 4px 10px; font-size: 14px; border: 1px solid #d9d9d9; cursor: pointer; }
    .channel-group { display: flex; }
    .channel-group label { flex: 1; text-align: center; padding: 0 6px; }
    .requests-head { display: flex; justify-content: space-between; align-items: flex-start; gap: 8px; margin: 8px 0 12px; }
    .requests-title { font-weight: 600; }
    .request-block { border: 1px solid #f0f0f0; border-radius: 8px; padding: 12px 12px 0; margin-bottom: 12px; position: relative; }
    .remove-request { position: absolute; top: 4px; right: 0; }
    .drawer-title { font-weight: 600; }
    .drawer-subtitle { font-size: 13px; color: rgba(0, 0, 0, 0.5); font-weight: normal; word-break: break-all; }
    .drawer-footer { justify-content: flex-end; }
    @media (max-width: 767.98px) {
      .two-columns { grid-template-columns: 1fr; }
      .drawer-footer button { flex: 1; height: 40px; }
    }
  `
})
export class LogServiceDrawer implements OnInit {
  private readonly api = inject(ApiClient);
  private readonly notifier = inject(ErrorNotifier);
  private readonly officerOptions = inject(OfficerOptions);
  protected readonly narrow = inject(BreakpointService).isNarrow;

  readonly target = input.required<ServiceTarget>();
  readonly closed = output<void>();
  readonly saved = output<LogServiceResultDto>();

  protected readonly limits = SERVICE_LIMITS;
  protected readonly categories = SERVICE_CATEGORIES;
  protected readonly channels = SERVICE_CHANNELS;
  protected readonly form = createLogServiceForm();
  protected readonly submission = new FormSubmission(this.form, this.notifier);
  protected readonly officerList = signal<OfficerOption[]>([]);
  protected readonly officers = computed(() => this.officerList());

  protected readonly disableFuture = (date: Date) => (parseDateOnly(date) ?? '') > shanghaiToday();
  protected readonly disableNotAfterService = (date: Date) => (parseDateOnly(date) ?? '') <= (parseDateOnly(this.form.controls.servedOn.value) ?? '');

  ngOnInit(): void {
    this.officerOptions.forDistrict(this.target().districtId).subscribe(choices => this.officerList.set(choices.options));
  }

  protected pickCategory(category: ServiceCategory): void {
    const control = this.form.controls.category;
    control.setValue(category);
    control.markAsDirty();
  }

  protected addRequest(): void {
    this.form.controls.requests.push(createRequestForm(this.form.controls.category.value));
  }

  protected async save(): Promise<void> {
    const result = await this.submission.submit(() =>
      firstValueFrom(this.api.call(enterpriseFollowUpLogService, { enterpriseId: this.target().enterpriseId, body: toLogServiceDto(this.form) }))
    );
    if (result) {
      this.notifier.success('service.saved');
      this.saved.emit(result);
    }
  }
}

import { Component, OnInit, inject, input, output, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { firstValueFrom } from 'rxjs';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { ErrorNotifier } from '../../core/errors/error-notifier';
import { FormSubmission } from '../../core/errors/form-submission';
import { ApiClient } from '../../core/http/api-client';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { followUpPlanAssign } from '../../proxy/fn/follow-up-plan/follow-up-plan-assign';
import { FollowUpPlanDto } from '../../proxy/models/follow-up-plan-dto';
import { ConflictAlert } from '../../shared/ui/conflict-alert';
import { FieldErrorPipe } from '../../shared/ui/field-error.pipe';
import { OfficerOption, OfficerOptions } from '../shared/officer-options';

/** Assigns a plan to an officer of its district, or unassigns it (POST /api/app/follow-ups/{id}/assign). */
@Component({
  selector: 'app-assign-plan-modal',
  imports: [ReactiveFormsModule, NzModalModule, NzFormModule, NzSelectModule, NzButtonModule, NzAlertModule, TranslatePipe, FieldErrorPipe, ConflictAlert],
  template: `
    <nz-modal [nzVisible]="true" [nzTitle]="'followUp.assignTitle' | t: { name: plan().enterpriseName }" [nzFooter]="footer"
      (nzOnCancel)="closed.emit()" [nzMaskClosable]="false">
      <ng-container *nzModalContent>
        <p class="hint">{{ 'followUp.assignHelp' | t }}</p>
        @if (!complete()) {
          <nz-alert nzType="info" nzShowIcon [nzMessage]="'followUp.officerListUnavailable' | t" class="form-alert" />
        }
        @if (submission.conflict()) {
          <app-conflict-alert (reload)="saved.emit(null)" />
        }
        @if (submission.formError(); as formError) {
          <nz-alert nzType="error" nzShowIcon [nzMessage]="formError" class="form-alert" />
        }
        <form nz-form nzLayout="vertical" (ngSubmit)="save()" id="assign-plan-form">
          <nz-form-item>
            <nz-form-label>{{ 'followUp.officer' | t }}</nz-form-label>
            <nz-form-control [nzErrorTip]="errorTip">
              <nz-select [formControl]="officer" nzAllowClear [nzPlaceHolder]="'followUp.unassigned' | t" class="full-width" data-testid="assign-officer">
                @for (option of options(); track option.id) {
                  <nz-option [nzValue]="option.id" [nzLabel]="option.name" />
                }
              </nz-select>
            </nz-form-control>
          </nz-form-item>
        </form>
      </ng-container>
      <ng-template #footer>
        <button nz-button type="button" (click)="closed.emit()">{{ 'common.cancel' | t }}</button>
        <button nz-button nzType="primary" type="submit" form="assign-plan-form" [nzLoading]="submission.saving()" data-testid="assign-save">{{ 'common.save' | t }}</button>
      </ng-template>
    </nz-modal>
    <ng-template #errorTip let-control>{{ control | fieldError }}</ng-template>
  `
})
export class AssignPlanModal implements OnInit {
  private readonly api = inject(ApiClient);
  private readonly notifier = inject(ErrorNotifier);
  private readonly officerOptions = inject(OfficerOptions);

  readonly plan = input.required<FollowUpPlanDto>();
  readonly closed = output<void>();
  readonly saved = output<FollowUpPlanDto | null>();

  protected readonly options = signal<OfficerOption[]>([]);
  protected readonly complete = signal(true);
  protected readonly officer = new FormControl<string | null>(null);
  protected readonly submission = new FormSubmission(this.officer, this.notifier, {});

  ngOnInit(): void {
    const plan = this.plan();
    this.officer.setValue(plan.officerId ?? null);
    this.officerOptions.forDistrict(plan.districtId).subscribe(choices => {
      // The current officer stays choosable even when the list is not available.
      const current = plan.officerId && !choices.options.some(o => o.id === plan.officerId)
        ? [{ id: plan.officerId, name: plan.officerName ?? plan.officerId }]
        : [];
      this.options.set([...current, ...choices.options]);
      this.complete.set(choices.complete);
    });
  }

  protected async save(): Promise<void> {
    const plan = this.plan();
    const result = await this.submission.submit(() =>
      firstValueFrom(this.api.call(followUpPlanAssign, { id: plan.id, body: { officerId: this.officer.value, concurrencyStamp: plan.concurrencyStamp } }))
    );
    if (result) {
      this.notifier.success('followUp.assigned');
      this.saved.emit(result);
    }
  }
}

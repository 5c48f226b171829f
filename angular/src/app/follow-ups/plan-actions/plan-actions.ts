import { Component, computed, inject, input, output, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDropDownModule } from 'ng-zorro-antd/dropdown';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzMenuModule } from 'ng-zorro-antd/menu';
import { NzModalModule, NzModalService } from 'ng-zorro-antd/modal';
import { Permissions } from '../../core/auth/permissions';
import { SessionService } from '../../core/auth/session.service';
import { ErrorNotifier } from '../../core/errors/error-notifier';
import { isConcurrencyConflict } from '../../core/errors/problem';
import { ApiClient } from '../../core/http/api-client';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { followUpPlanResume } from '../../proxy/fn/follow-up-plan/follow-up-plan-resume';
import { FollowUpPlanDto } from '../../proxy/models/follow-up-plan-dto';
import { AssignPlanModal } from './assign-plan-modal';
import { PlanStatusModal } from './plan-status-modal';

/** 更多 ▾ — assign, pause with a reason, resume, close; for holders of Cultivation.FollowUps.Manage. */
@Component({
  selector: 'app-plan-actions',
  imports: [NzButtonModule, NzModalModule, NzDropDownModule, NzMenuModule, NzIconModule, TranslatePipe, AssignPlanModal, PlanStatusModal],
  template: `
    @if (canManage() && plan().status !== 'Closed') {
      <button nz-button [nzSize]="size()" nz-dropdown [nzDropdownMenu]="menu" nzTrigger="click" nzPlacement="bottomRight" data-testid="plan-actions">
        {{ 'common.more' | t }} <nz-icon nzType="down" />
      </button>
      <nz-dropdown-menu #menu="nzDropdownMenu">
        <ul nz-menu>
          <li nz-menu-item (click)="dialog.set('assign')" data-testid="plan-assign"><nz-icon nzType="team" /> {{ 'followUp.assign' | t }}</li>
          @if (plan().status === 'Active') {
            <li nz-menu-item (click)="dialog.set('pause')" data-testid="plan-pause"><nz-icon nzType="pause-circle" /> {{ 'followUp.pause' | t }}</li>
          } @else {
            <li nz-menu-item (click)="resume()" data-testid="plan-resume"><nz-icon nzType="play-circle" /> {{ 'followUp.resume' | t }}</li>
          }
          <li nz-menu-item nzDanger (click)="dialog.set('close')" data-testid="plan-close"><nz-icon nzType="stop" /> {{ 'followUp.close' | t }}</li>
        </ul>
      </nz-dropdown-menu>
    }
    @switch (dialog()) {
      @case ('assign') {
        <app-assign-plan-modal [plan]="plan()" (closed)="dialog.set(null)" (saved)="done($event)" />
      }
      @case ('pause') {
        <app-plan-status-modal [plan]="plan()" mode="pause" (closed)="dialog.set(null)" (saved)="done($event)" />
      }
      @case ('close') {
        <app-plan-status-modal [plan]="plan()" mode="close" (closed)="dialog.set(null)" (saved)="done($event)" />
      }
    }
  `
})
export class PlanActions {
  private readonly api = inject(ApiClient);
  private readonly session = inject(SessionService);
  private readonly notifier = inject(ErrorNotifier);
  private readonly modal = inject(NzModalService);
  private readonly i18n = inject(I18nService);

  readonly plan = input.required<FollowUpPlanDto>();
  readonly size = input<'small' | 'default'>('default');
  /** The changed plan, or null when the caller should reload it. */
  readonly changed = output<FollowUpPlanDto | null>();

  protected readonly dialog = signal<'assign' | 'pause' | 'close' | null>(null);
  protected readonly canManage = computed(() => this.session.granted().has(Permissions.followUps.manage));

  protected done(plan: FollowUpPlanDto | null): void {
    this.dialog.set(null);
    this.changed.emit(plan);
  }

  protected resume(): void {
    this.modal.confirm({
      nzTitle: this.i18n.t('followUp.resume'),
      nzContent: this.i18n.t('followUp.resumeConfirm'),
      nzOkText: this.i18n.t('common.confirm'),
      nzCancelText: this.i18n.t('common.cancel'),
      nzOnOk: async () => {
        const plan = this.plan();
        try {
          const resumed = await firstValueFrom(this.api.call(followUpPlanResume, { id: plan.id, body: { concurrencyStamp: plan.concurrencyStamp } }));
          this.notifier.success('followUp.resumed');
          this.changed.emit(resumed);
        } catch (error) {
          const problem = this.notifier.show(error);
          if (isConcurrencyConflict(problem)) {
            this.changed.emit(null);
          }
        }
      }
    });
  }
}

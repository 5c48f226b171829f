import { Component, output } from '@angular/core';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { TranslatePipe } from '../../core/i18n/translate.pipe';

/** Someone else saved the record since it was loaded (409, Cultivation:00002): offer to reload it. */
@Component({
  selector: 'app-conflict-alert',
  imports: [NzAlertModule, NzButtonModule, TranslatePipe],
  template: `
    <nz-alert nzType="warning" nzShowIcon [nzMessage]="'error.concurrencyTitle' | t" [nzDescription]="description" [nzAction]="action"
      class="form-alert" data-testid="conflict-alert" />
    <ng-template #description>{{ 'error.concurrency' | t }}</ng-template>
    <ng-template #action>
      <button nz-button nzSize="small" nzType="primary" type="button" (click)="reload.emit()" data-testid="conflict-reload">{{ 'common.reload' | t }}</button>
    </ng-template>
  `
})
export class ConflictAlert {
  readonly reload = output<void>();
}

import { Component, signal } from '@angular/core';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzTabsModule } from 'ng-zorro-antd/tabs';
import { TranslatePipe } from '../core/i18n/translate.pipe';
import { PageHeader } from '../shared/ui/page-header';
import { EntityChangeLog } from './entity-change-log';
import { SecurityLog } from './security-log';

/** The audit trail: who changed which records (with property changes) and sign-in events. */
@Component({
  selector: 'app-audit-logs-page',
  imports: [NzCardModule, NzTabsModule, TranslatePipe, PageHeader, EntityChangeLog, SecurityLog],
  template: `
    <app-page-header [title]="'audit.title' | t" />
    <nz-card>
      <nz-tabs [(nzSelectedIndex)]="tab">
        <nz-tab [nzTitle]="'audit.changes' | t"><app-entity-change-log /></nz-tab>
        <nz-tab [nzTitle]="'audit.security' | t"><ng-template nz-tab><app-security-log /></ng-template></nz-tab>
      </nz-tabs>
    </nz-card>
  `
})
export class AuditLogsPage {
  protected tab = signal(0);
}

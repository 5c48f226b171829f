import { Component, input, output } from '@angular/core';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzResultModule } from 'ng-zorro-antd/result';
import { TranslatePipe } from '../../core/i18n/translate.pipe';

/** What a page or section shows when its data could not be loaded: what failed, the server's reason, and Retry. */
@Component({
  selector: 'app-load-failed',
  imports: [NzResultModule, NzButtonModule, TranslatePipe],
  template: `
    <nz-result [nzStatus]="status()" [nzTitle]="title()" [nzSubTitle]="message() ?? undefined" data-testid="load-failed">
      <div nz-result-extra>
        <ng-content />
        <button nz-button nzType="primary" (click)="retry.emit()">{{ 'common.retry' | t }}</button>
      </div>
    </nz-result>
  `
})
export class LoadFailed {
  readonly title = input.required<string>();
  readonly message = input<string | null>(null);
  readonly status = input<'error' | 'warning'>('error');
  readonly retry = output<void>();
}

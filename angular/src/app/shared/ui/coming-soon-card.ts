import { Component, input } from '@angular/core';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { TranslatePipe } from '../../core/i18n/translate.pipe';

/** A figure that a later module will provide: labelled, never a made-up number. */
@Component({
  selector: 'app-coming-soon-card',
  imports: [NzCardModule, NzTagModule, TranslatePipe],
  template: `
    <nz-card class="metric-card coming-soon" data-testid="coming-soon">
      <div class="metric-label">{{ label() }}</div>
      <div class="metric-value muted">—</div>
      <div class="metric-foot"><nz-tag nzColor="default">{{ 'home.comingSoon' | t }}</nz-tag> {{ module() }}</div>
    </nz-card>
  `
})
export class ComingSoonCard {
  readonly label = input.required<string>();
  readonly module = input.required<string>();
}

import { Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { NzIconModule } from 'ng-zorro-antd/icon';

/** A page title with an optional back link and actions on the right (wrapping under the title on phones). */
@Component({
  selector: 'app-page-header',
  imports: [RouterLink, NzIconModule],
  template: `
    <div class="page-header">
      <div class="page-header-title">
        @if (backLink()) {
          <a [routerLink]="backLink()" class="page-header-back" [attr.aria-label]="backLabel()">‹</a>
        }
        <div>
          <h2 data-testid="page-title">{{ title() }}</h2>
          @if (subtitle()) {
            <div class="page-header-subtitle">{{ subtitle() }}</div>
          }
        </div>
      </div>
      <div class="page-header-actions"><ng-content /></div>
    </div>
  `,
  styles: `
    .page-header { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 8px 16px; margin-bottom: 16px; }
    .page-header-title { display: flex; align-items: center; gap: 8px; min-width: 0; }
    h2 { margin: 0; font-size: 20px; font-weight: 600; word-break: break-all; }
    .page-header-subtitle { color: rgba(0, 0, 0, 0.5); font-size: 13px; margin-top: 2px; }
    .page-header-back { font-size: 26px; line-height: 1; color: rgba(0, 0, 0, 0.55); padding: 0 4px; }
    .page-header-actions { display: flex; flex-wrap: wrap; gap: 8px; }
  `
})
export class PageHeader {
  readonly title = input.required<string>();
  readonly subtitle = input<string | null>(null);
  readonly backLink = input<string | unknown[] | null>(null);
  readonly backLabel = input('');
}

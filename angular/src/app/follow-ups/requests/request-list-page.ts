import { Component, computed, inject } from '@angular/core';
import { ActivatedRoute, Router } from '@angular/router';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { FormsModule } from '@angular/forms';
import { SessionService } from '../../core/auth/session.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { PageHeader } from '../../shared/ui/page-header';
import { RequestFilter, RequestList } from './request-list';
import { toSignal } from '@angular/core/rxjs-interop';
import { map } from 'rxjs';

/** The requests (诉求) enterprises raised, unresolved first (GET /api/app/requests); filters in the URL. */
@Component({
  selector: 'app-request-list-page',
  imports: [FormsModule, NzCheckboxModule, TranslatePipe, PageHeader, RequestList],
  template: `
    <app-page-header [title]="'request.listTitle' | t" />
    <div class="toolbar">
      @if (isOfficer()) {
        <label nz-checkbox [ngModel]="filter().mine" (ngModelChange)="set({ mine: $event })" data-testid="filter-mine">{{ 'request.mine' | t }}</label>
      }
      <label nz-checkbox [ngModel]="filter().unresolved" (ngModelChange)="set({ unresolved: $event })" data-testid="filter-unresolved">{{ 'request.unresolved' | t }}</label>
    </div>
    <app-request-list [filter]="filter()" />
  `
})
export class RequestListPage {
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly session = inject(SessionService);

  protected readonly isOfficer = computed(() => !!this.session.user()?.districtId);
  protected readonly filter = toSignal(
    this.route.queryParamMap.pipe(map(params => ({ mine: params.get('mine') === 'true', unresolved: params.get('all') !== 'true' }) as RequestFilter)),
    { requireSync: true }
  );

  protected set(change: { mine?: boolean; unresolved?: boolean }): void {
    const next = { ...this.filter(), ...change };
    void this.router.navigate([], { relativeTo: this.route, queryParams: { mine: next.mine ? 'true' : null, all: next.unresolved ? null : 'true' } });
  }
}

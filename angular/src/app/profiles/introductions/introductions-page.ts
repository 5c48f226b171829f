import { Component, computed, inject } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
import { map } from 'rxjs';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { Permissions } from '../../core/auth/permissions';
import { SessionService } from '../../core/auth/session.service';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { INTRODUCTION_STATUSES } from '../../shared/domain-enums';
import { PageHeader } from '../../shared/ui/page-header';
import { IntroductionFilter, IntroductionList } from './introduction-list';

/** 对接请求 (officers, reviewers) or 我的对接 (an investor's institution); the status filter lives in the URL. */
@Component({
  selector: 'app-introductions-page',
  imports: [FormsModule, NzSelectModule, TranslatePipe, PageHeader, IntroductionList],
  template: `
    <app-page-header [title]="(isInvestor() ? 'introduction.myTitle' : 'introduction.title') | t" />
    <div class="toolbar">
      <label for="introduction-status" class="sr-only">{{ 'introduction.status' | t }}</label>
      <nz-select nzId="introduction-status" class="status-select" [ngModel]="filter().status ?? ''" (ngModelChange)="setStatus($event)"
        [attr.aria-label]="'introduction.status' | t" data-testid="introduction-status">
        <nz-option nzValue="" [nzLabel]="'introduction.allStatuses' | t" />
        @for (status of statuses; track status) {
          <nz-option [nzValue]="status" [nzLabel]="i18n.enumLabel('IntroductionStatus', status)" />
        }
      </nz-select>
    </div>
    <app-introduction-list [filter]="filter()" />
  `,
  styles: `
    .toolbar { margin-bottom: 12px; }
    .status-select { width: 200px; max-width: 100%; }
    .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  `
})
export class IntroductionsPage {
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly session = inject(SessionService);
  protected readonly i18n = inject(I18nService);
  protected readonly statuses = INTRODUCTION_STATUSES;

  /** An investor expresses interest; everyone else handles requests. */
  protected readonly isInvestor = computed(() => this.session.granted().has(Permissions.profileSearch.expressInterest));
  protected readonly filter = toSignal(
    this.route.queryParamMap.pipe(map(params => {
      const status = params.get('status');
      return { status: (INTRODUCTION_STATUSES as readonly string[]).includes(status ?? '') ? status : null } as IntroductionFilter;
    })),
    { requireSync: true }
  );

  protected setStatus(status: string): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: { status: status || null } });
  }
}

import { Component, DestroyRef, computed, inject, linkedSignal, signal } from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormsModule, ReactiveFormsModule } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { debounceTime, distinctUntilChanged, map, startWith } from 'rxjs';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzPaginationModule } from 'ng-zorro-antd/pagination';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { Permissions } from '../../core/auth/permissions';
import { SessionService } from '../../core/auth/session.service';
import { ErrorNotifier } from '../../core/errors/error-notifier';
import { ApiClient } from '../../core/http/api-client';
import { EnumLabelPipe, TranslatePipe } from '../../core/i18n/translate.pipe';
import { BreakpointService } from '../../core/layout/breakpoint.service';
import { ReferenceDataService } from '../../core/reference/reference-data.service';
import { followUpPlanGetWorklist } from '../../proxy/fn/follow-up-plan/follow-up-plan-get-worklist';
import { DistrictDto } from '../../proxy/models/district-dto';
import { FollowUpPlanDto } from '../../proxy/models/follow-up-plan-dto';
import { FollowUpStatus } from '../../proxy/models/follow-up-status';
import { LogServiceResultDto } from '../../proxy/models/log-service-result-dto';
import { PagedResultDtoOfFollowUpPlanDto } from '../../proxy/models/paged-result-dto-of-follow-up-plan-dto';
import { FOLLOW_UP_STATUSES } from '../../shared/domain-enums';
import { AppDatePipe, CountPipe } from '../../shared/format/format.pipes';
import { LocalNamePipe } from '../../shared/format/local-name.pipe';
import { RoutedList } from '../../shared/list/routed-list';
import { PageHeader } from '../../shared/ui/page-header';
import { LogServiceDrawer, ServiceTarget } from '../log-service/log-service-drawer';
import { PlanActions } from '../plan-actions/plan-actions';
import { DueTag } from '../shared/due-tag';
import { DueMove, applyLoggedService } from './logged-service';
import { WorklistQuery, parseWorklistQuery, toWorklistApiParams, toWorklistParams } from './worklist-query';
import { LoadFailed } from '../../shared/ui/load-failed';

/**
 * The officer's worklist (GET /api/app/follow-ups): overdue first, then what is due soonest; one tap to
 * log a service, which moves the plan's next due date in place.
 */
@Component({
  selector: 'app-worklist-page',
  imports: [LoadFailed, 
    RouterLink, NgTemplateOutlet, FormsModule, ReactiveFormsModule, NzTableModule, NzButtonModule, NzIconModule, NzTagModule, NzEmptyModule, NzSpinModule, NzPaginationModule, NzSelectModule, NzInputModule, NzCheckboxModule, TranslatePipe, EnumLabelPipe, AppDatePipe,
    CountPipe, LocalNamePipe, PageHeader, DueTag, PlanActions, LogServiceDrawer
  ],
  templateUrl: './worklist-page.html',
  styleUrl: './worklist-page.scss'
})
export class WorklistPage {
  private readonly api = inject(ApiClient);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly session = inject(SessionService);
  protected readonly narrow = inject(BreakpointService).isNarrow;

  private readonly errors = inject(ErrorNotifier);
  protected readonly statuses = FOLLOW_UP_STATUSES;
  private readonly list = new RoutedList<WorklistQuery, FollowUpPlanDto, PagedResultDtoOfFollowUpPlanDto>(this.route.snapshot.queryParams, {
    params: this.route.queryParams,
    parse: parseWorklistQuery,
    load: query => this.api.call(followUpPlanGetWorklist, toWorklistApiParams(query)),
    describeError: error => this.errors.describe(this.errors.show(error))
  });
  protected readonly query = this.list.query;
  protected readonly state = this.list.state;
  protected readonly total = this.list.total;
  /** The page's plans, updated in place after a service or a plan action; a new page starts over. */
  protected readonly items = linkedSignal(() => this.list.items());
  /** Due dates moved by a service logged on this page (shown on the card), forgotten with a new page. */
  protected readonly moves = linkedSignal<FollowUpPlanDto[], Record<string, DueMove>>({ source: this.list.items, computation: () => ({}) });
  protected readonly logging = signal<ServiceTarget | null>(null);
  protected readonly keyword = new FormControl(this.query().keyword ?? '', { nonNullable: true });
  protected readonly canLog = computed(() => this.session.granted().has(Permissions.followUps.services));
  /** Municipal users see every district (and may filter); an officer sees their own. */
  protected readonly showDistrict = computed(() => !this.session.user()?.districtId);
  protected readonly isOfficer = computed(() => !!this.session.user()?.districtId);
  protected readonly districts = signal<DistrictDto[]>([]);
  protected readonly pageIndex = computed(() => Math.floor(this.query().skipCount / this.query().maxResultCount) + 1);
  protected readonly filtered = computed(() => {
    const q = this.query();
    return q.mine || q.dueWithinDays !== null || q.status !== 'Active' || q.keyword !== null || q.districtId !== null;
  });

  constructor() {
    const destroyRef = inject(DestroyRef);
    if (this.showDistrict()) {
      inject(ReferenceDataService).districts().subscribe({ next: districts => this.districts.set(districts), error: () => undefined });
    }
    this.keyword.valueChanges
      .pipe(startWith(this.keyword.value), debounceTime(350), map(v => v.trim() || null), distinctUntilChanged(), takeUntilDestroyed(destroyRef))
      .subscribe(keyword => {
        if (keyword !== this.query().keyword) {
          this.navigate({ ...this.query(), keyword, skipCount: 0 });
        }
      });
  }

  protected setMine(mine: boolean): void {
    this.navigate({ ...this.query(), mine, skipCount: 0 });
  }

  protected setDue(due: 7 | 30 | null): void {
    this.navigate({ ...this.query(), dueWithinDays: due, skipCount: 0 });
  }

  protected setStatus(status: FollowUpStatus): void {
    this.navigate({ ...this.query(), status, skipCount: 0 });
  }

  protected setDistrict(districtId: string | null): void {
    this.navigate({ ...this.query(), districtId, skipCount: 0 });
  }

  protected onPageIndexChange(index: number): void {
    this.navigate({ ...this.query(), skipCount: (index - 1) * this.query().maxResultCount });
  }

  protected refresh(): void {
    this.list.reload();
  }

  protected logService(plan: FollowUpPlanDto): void {
    this.logging.set({ enterpriseId: plan.enterpriseId, enterpriseName: plan.enterpriseName, districtId: plan.districtId });
  }

  protected onLogged(result: LogServiceResultDto): void {
    this.logging.set(null);
    const { items, moves } = applyLoggedService(this.items(), result);
    this.items.set(items);
    this.moves.update(current => ({ ...current, ...moves }));
  }

  protected onPlanChanged(plan: FollowUpPlanDto | null): void {
    if (!plan) {
      this.refresh();
      return;
    }
    this.items.update(items => items.map(item => (item.id === plan.id ? plan : item)));
  }

  private navigate(query: WorklistQuery): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: toWorklistParams(query), queryParamsHandling: 'replace' });
  }
}


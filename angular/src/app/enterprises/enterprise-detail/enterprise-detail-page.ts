import { Component, computed, inject, signal } from '@angular/core';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzDescriptionsModule } from 'ng-zorro-antd/descriptions';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzResultModule } from 'ng-zorro-antd/result';
import { NzSkeletonModule } from 'ng-zorro-antd/skeleton';
import { NzTabsModule } from 'ng-zorro-antd/tabs';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { Permissions } from '../../core/auth/permissions';
import { SessionService } from '../../core/auth/session.service';
import { ErrorNotifier } from '../../core/errors/error-notifier';
import { Problem, toProblem } from '../../core/errors/problem';
import { ApiClient } from '../../core/http/api-client';
import { EnumLabelPipe, TranslatePipe } from '../../core/i18n/translate.pipe';
import { enterpriseDelete } from '../../proxy/fn/enterprise/enterprise-delete';
import { enterpriseGet } from '../../proxy/fn/enterprise/enterprise-get';
import { EnterpriseDto } from '../../proxy/models/enterprise-dto';
import { AppDatePipe, WanYuanPipe } from '../../shared/format/format.pipes';
import { PageHeader } from '../../shared/ui/page-header';
import { AwardSummaryPipe } from '../shared/award-summary.pipe';
import { IndustryFieldLabel } from '../shared/industry-field-label';
import { latestAward } from '../shared/latest-award';
import { EnterpriseAwardsTab } from './awards/enterprise-awards-tab';
import { EnterpriseContactsTab } from './contacts/enterprise-contacts-tab';
import { EnterpriseFiguresTab } from './figures/enterprise-figures-tab';
import { EnterpriseHistoryTab } from './history/enterprise-history-tab';
import { IncorporateModal } from './incorporate-modal';
import { EnterpriseFollowUpTab } from '../../follow-ups/enterprise-tab/enterprise-follow-up-tab';
import { EnterpriseProfileTab } from '../../profiles/enterprise-tab/enterprise-profile-tab';
import { EnterprisePolicyTab } from '../../policies/enterprise-tab/enterprise-policy-tab';

const ALL_TABS = ['awards', 'figures', 'contacts', 'follow-ups', 'profile', 'policies', 'history'] as const;
type Tab = (typeof ALL_TABS)[number];

/** Enterprise 360°: who they are, awards, yearly figures with a chart, contacts and the change history. */
@Component({
  selector: 'app-enterprise-detail-page',
  imports: [
    RouterLink, NzCardModule, NzDescriptionsModule, NzTabsModule, NzTagModule, NzButtonModule, NzIconModule, NzPopconfirmModule,
    NzResultModule, NzSkeletonModule, TranslatePipe, EnumLabelPipe, AppDatePipe, WanYuanPipe, AwardSummaryPipe, PageHeader, IndustryFieldLabel,
    EnterpriseAwardsTab, EnterpriseFiguresTab, EnterpriseContactsTab, EnterpriseHistoryTab, IncorporateModal, EnterpriseFollowUpTab, EnterpriseProfileTab,
    EnterprisePolicyTab
  ],
  templateUrl: './enterprise-detail-page.html',
  styleUrl: './enterprise-detail-page.scss'
})
export class EnterpriseDetailPage {
  private readonly api = inject(ApiClient);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly notifier = inject(ErrorNotifier);
  private readonly session = inject(SessionService);

  protected readonly id = this.route.snapshot.paramMap.get('id') as string;
  protected readonly enterprise = signal<EnterpriseDto | null>(null);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly deleting = signal(false);
  protected readonly incorporating = signal(false);
  protected readonly historyVersion = signal(0);
  /** The 跟踪服务 tab needs Cultivation.FollowUps, 项目档案 Cultivation.Profiles, 政策 Cultivation.Policies; the tab in the URL is kept by name. */
  protected readonly tabs = computed<Tab[]>(() => {
    const granted = this.session.granted();
    return ALL_TABS.filter(tab =>
      (tab !== 'follow-ups' || granted.has(Permissions.followUps.default)) && (tab !== 'profile' || granted.has(Permissions.profiles.default))
      && (tab !== 'policies' || granted.has(Permissions.policies.default))
    );
  });
  protected readonly tab = signal<Tab>((ALL_TABS as readonly string[]).includes(this.route.snapshot.queryParamMap.get('tab') ?? '')
    ? (this.route.snapshot.queryParamMap.get('tab') as Tab)
    : 'awards');
  protected readonly tabIndex = computed(() => Math.max(0, this.tabs().indexOf(this.tab())));
  protected readonly latestAward = computed(() => latestAward(this.enterprise()?.awards ?? []));
  protected readonly can = computed(() => {
    const granted = this.session.granted();
    return {
      edit: granted.has(Permissions.enterprises.edit),
      delete: granted.has(Permissions.enterprises.delete),
      awards: granted.has(Permissions.enterprises.awards),
      figures: granted.has(Permissions.enterprises.figures),
      contacts: granted.has(Permissions.enterprises.contacts),
      personalData: granted.has(Permissions.personalData),
      profile: granted.has(Permissions.profiles.edit),
      assess: granted.has(Permissions.policies.assess),
      applications: granted.has(Permissions.policyApplications.default),
      recommend: granted.has(Permissions.policyApplications.recommend)
    };
  });

  constructor() {
    void this.load();
  }

  protected async load(): Promise<void> {
    this.problem.set(null);
    try {
      this.enterprise.set(await firstValueFrom(this.api.call(enterpriseGet, { id: this.id })));
      this.historyVersion.update(v => v + 1);
    } catch (error) {
      this.problem.set(toProblem(error));
    }
  }

  protected selectTab(index: number): void {
    const tab = this.tabs()[index] ?? 'awards';
    this.tab.set(tab);
    void this.router.navigate([], { relativeTo: this.route, queryParams: { tab: index === 0 ? null : tab }, replaceUrl: true });
  }

  protected describe(problem: Problem): string {
    return this.notifier.describe(problem);
  }

  protected async remove(): Promise<void> {
    this.deleting.set(true);
    try {
      await firstValueFrom(this.api.call(enterpriseDelete, { id: this.id }));
      this.notifier.success('enterprise.deleted');
      await this.router.navigate(['/enterprises']);
    } catch (error) {
      this.notifier.show(error);
    } finally {
      this.deleting.set(false);
    }
  }

  protected onIncorporated(enterprise: EnterpriseDto): void {
    this.incorporating.set(false);
    this.enterprise.set(enterprise);
    this.historyVersion.update(v => v + 1);
  }
}

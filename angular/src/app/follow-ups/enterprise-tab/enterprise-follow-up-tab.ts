import { Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { firstValueFrom, forkJoin } from 'rxjs';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { NzSkeletonModule } from 'ng-zorro-antd/skeleton';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { NzTimelineModule } from 'ng-zorro-antd/timeline';
import { Permissions } from '../../core/auth/permissions';
import { SessionService } from '../../core/auth/session.service';
import { ErrorNotifier } from '../../core/errors/error-notifier';
import { ApiClient } from '../../core/http/api-client';
import { EnumLabelPipe, TranslatePipe } from '../../core/i18n/translate.pipe';
import { enterpriseFollowUpGetPlans } from '../../proxy/fn/enterprise-follow-up/enterprise-follow-up-get-plans';
import { enterpriseFollowUpGetServices } from '../../proxy/fn/enterprise-follow-up/enterprise-follow-up-get-services';
import { enterpriseFollowUpGetTimeline } from '../../proxy/fn/enterprise-follow-up/enterprise-follow-up-get-timeline';
import { FollowUpPlanDto } from '../../proxy/models/follow-up-plan-dto';
import { LogServiceResultDto } from '../../proxy/models/log-service-result-dto';
import { ServiceRecordDto } from '../../proxy/models/service-record-dto';
import { TimelineEntryDto } from '../../proxy/models/timeline-entry-dto';
import { TimelineEntryKind } from '../../proxy/models/timeline-entry-kind';
import { AppDatePipe } from '../../shared/format/format.pipes';
import { LogServiceDrawer, ServiceTarget } from '../log-service/log-service-drawer';
import { PlanActions } from '../plan-actions/plan-actions';
import { RequestList } from '../requests/request-list';
import { DueTag } from '../shared/due-tag';
import { applyLoggedService, mergeTimeline } from '../worklist/logged-service';

const TIMELINE_COLORS: Record<TimelineEntryKind, string> = {
  Award: 'gold', Service: 'blue', RequestRaised: 'orange', RequestResolved: 'green', PlanStarted: 'gray', PolicyApplication: 'purple'
};

type Section = 'timeline' | 'services' | 'requests';

/** The enterprise 360° page's 跟踪服务 tab: its plans, timeline, services and requests (诉求). */
@Component({
  selector: 'app-enterprise-follow-up-tab',
  imports: [
    FormsModule, NzButtonModule, NzEmptyModule, NzIconModule, NzRadioModule, NzSkeletonModule, NzTagModule, NzTimelineModule, TranslatePipe, EnumLabelPipe,
    AppDatePipe, DueTag, PlanActions, RequestList, LogServiceDrawer
  ],
  template: `
    @if (loaded()) {
      <div class="tab-head">
        <h3>{{ 'followUp.plans' | t }}</h3>
        @if (canLog()) {
          <button nz-button nzType="primary" (click)="logging.set(target())" data-testid="tab-log-service"><nz-icon nzType="edit" /> {{ 'followUp.logService' | t }}</button>
        }
      </div>
      @if (plans().length) {
        <div class="plans" data-testid="enterprise-plans">
          @for (plan of plans(); track plan.id) {
            <div class="plan" data-testid="enterprise-plan">
              <div class="plan-line">
                <span class="plan-award">{{ plan.editionYear }} {{ plan.track | enumLabel: 'ContestTrack' }} @if (plan.prizeLevel) { {{ plan.prizeLevel | enumLabel: 'PrizeLevel' }} }</span>
                <nz-tag>{{ plan.status | enumLabel: 'FollowUpStatus' }}</nz-tag>
                <app-due-tag [plan]="plan" />
                <span class="spacer"></span>
                <app-plan-actions [plan]="plan" size="small" (changed)="reload()" />
              </div>
              <div class="plan-facts">
                <span>{{ 'followUp.nextDue' | t }}：<b data-testid="plan-due">{{ plan.nextDueDate | appDate }}</b></span>
                <span>{{ 'followUp.cadence' | t }}：{{ 'followUp.cadenceDays' | t: { days: plan.cadenceDays } }}</span>
                <span>{{ 'followUp.lastService' | t }}：{{ plan.lastServiceOn | appDate }}</span>
                <span>{{ 'followUp.officer' | t }}：{{ plan.officerName ?? ('followUp.unassigned' | t) }}</span>
                <span>{{ 'followUp.period' | t }}：{{ plan.startsOn | appDate }} – {{ plan.endsOn | appDate }}</span>
              </div>
              @if (plan.statusReason) { <div class="hint">{{ 'followUp.statusReason' | t: { reason: plan.statusReason } }}</div> }
            </div>
          }
        </div>
      } @else {
        <p class="hint">{{ 'followUp.noPlan' | t }}</p>
      }

      <nz-radio-group [ngModel]="section()" (ngModelChange)="section.set($event)" class="sections" data-testid="follow-up-sections">
        <label nz-radio-button nzValue="timeline">{{ 'followUp.timeline' | t }}</label>
        <label nz-radio-button nzValue="services">{{ 'followUp.services' | t }} ({{ services().length }})</label>
        <label nz-radio-button nzValue="requests">{{ 'followUp.requests' | t }}</label>
      </nz-radio-group>

      @switch (section()) {
        @case ('timeline') {
          @if (timeline().length) {
            <nz-timeline class="timeline" data-testid="enterprise-timeline">
              @for (entry of timeline(); track entry.sourceId + entry.kind) {
                <nz-timeline-item [nzColor]="color(entry.kind)">
                  <div class="timeline-head">
                    <span class="timeline-date">{{ entry.date | appDate }}</span>
                    <nz-tag [nzColor]="color(entry.kind)">{{ entry.kind | enumLabel: 'TimelineEntryKind' }}</nz-tag>
                    <span class="timeline-title">{{ entry.title }}</span>
                  </div>
                  @if (entry.detail) { <div class="timeline-detail">{{ entry.detail }}</div> }
                </nz-timeline-item>
              }
            </nz-timeline>
          } @else {
            <nz-empty [nzNotFoundContent]="'followUp.timelineEmpty' | t" />
          }
        }
        @case ('services') {
          @if (services().length) {
            <div class="services" data-testid="enterprise-services">
              @for (service of services(); track service.id) {
                <div class="service" data-testid="service-row">
                  <div class="service-head">
                    <b>{{ service.servedOn | appDate }}</b>
                    <nz-tag nzColor="blue">{{ service.category | enumLabel: 'ServiceCategory' }}</nz-tag>
                    <nz-tag>{{ service.channel | enumLabel: 'ServiceChannel' }}</nz-tag>
                    <span class="hint">{{ 'service.officer' | t }}：{{ service.officerName ?? '—' }}</span>
                  </div>
                  <div class="service-text">{{ service.summary }}</div>
                  @if (service.outcome) { <div class="service-outcome">{{ 'service.outcome' | t }}：{{ service.outcome }}</div> }
                  @if (service.nextContactOn) { <div class="hint">{{ 'DisplayName:NextContactOn' | t }}：{{ service.nextContactOn | appDate }}</div> }
                </div>
              }
            </div>
          } @else {
            <nz-empty [nzNotFoundContent]="'followUp.servicesEmpty' | t" />
          }
        }
        @case ('requests') {
          <app-request-list [filter]="{ enterpriseId: enterpriseId() }" [showEnterprise]="false" [version]="version()" />
        }
      }
    } @else {
      <nz-skeleton [nzActive]="true" [nzParagraph]="{ rows: 5 }" />
    }
    @if (logging(); as t) {
      <app-log-service-drawer [target]="t" (closed)="logging.set(null)" (saved)="onLogged($event)" />
    }
  `,
  styles: `
    .tab-head { display: flex; justify-content: space-between; align-items: center; gap: 8px; margin-bottom: 8px; }
    .tab-head h3 { margin: 0; font-size: 15px; font-weight: 600; }
    .plans { display: flex; flex-direction: column; gap: 8px; margin-bottom: 16px; }
    .plan { border: 1px solid #f0f0f0; border-radius: 8px; padding: 10px 12px; }
    .plan-line { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; }
    .plan-award { font-weight: 600; }
    .spacer { flex: 1; }
    .plan-facts { display: flex; flex-wrap: wrap; gap: 4px 16px; margin-top: 6px; font-size: 13px; color: rgba(0, 0, 0, 0.65); }
    .sections { margin: 8px 0 16px; }
    .timeline { margin-top: 8px; }
    .timeline-head { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; }
    .timeline-date { font-variant-numeric: tabular-nums; color: rgba(0, 0, 0, 0.55); }
    .timeline-title { font-weight: 500; }
    .timeline-detail { white-space: pre-line; color: rgba(0, 0, 0, 0.65); margin-top: 2px; word-break: break-word; }
    .services { display: flex; flex-direction: column; gap: 8px; }
    .service { border: 1px solid #f0f0f0; border-radius: 8px; padding: 10px 12px; }
    .service-head { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; }
    .service-text { margin-top: 6px; white-space: pre-line; word-break: break-word; }
    .service-outcome { margin-top: 4px; color: #389e0d; white-space: pre-line; }
  `
})
export class EnterpriseFollowUpTab {
  private readonly api = inject(ApiClient);
  private readonly notifier = inject(ErrorNotifier);
  private readonly session = inject(SessionService);

  readonly enterpriseId = input.required<string>();
  readonly enterpriseName = input.required<string>();
  readonly districtId = input.required<string>();

  protected readonly loaded = signal(false);
  protected readonly plans = signal<FollowUpPlanDto[]>([]);
  protected readonly timeline = signal<TimelineEntryDto[]>([]);
  protected readonly services = signal<ServiceRecordDto[]>([]);
  protected readonly section = signal<Section>('timeline');
  protected readonly version = signal(0);
  protected readonly logging = signal<ServiceTarget | null>(null);
  protected readonly canLog = computed(() => this.session.granted().has(Permissions.followUps.services));
  protected readonly target = computed<ServiceTarget>(() => ({ enterpriseId: this.enterpriseId(), enterpriseName: this.enterpriseName(), districtId: this.districtId() }));

  constructor() {
    effect(() => {
      this.enterpriseId();
      untracked(() => void this.reload());
    });
  }

  protected color(kind: TimelineEntryKind): string {
    return TIMELINE_COLORS[kind] ?? 'blue';
  }

  /** Applies what the logged service wrote, as the server returned it: no list is loaded again. */
  protected onLogged(result: LogServiceResultDto): void {
    this.logging.set(null);
    this.plans.update(plans => applyLoggedService(plans, result).items);
    this.services.update(services => [result.service, ...services]);
    this.timeline.update(entries => mergeTimeline(entries, result.timelineEntries));
    if (result.requests.length > 0) {
      this.version.update(v => v + 1);
    }
  }

  protected async reload(): Promise<void> {
    const enterpriseId = this.enterpriseId();
    try {
      const { plans, timeline, services } = await firstValueFrom(forkJoin({
        plans: this.api.call(enterpriseFollowUpGetPlans, { enterpriseId }),
        timeline: this.api.call(enterpriseFollowUpGetTimeline, { enterpriseId }),
        services: this.api.call(enterpriseFollowUpGetServices, { enterpriseId })
      }));
      this.plans.set(plans.items);
      this.timeline.set(timeline);
      this.services.set(services.items);
    } catch (error) {
      this.notifier.show(error);
    } finally {
      this.loaded.set(true);
    }
  }
}

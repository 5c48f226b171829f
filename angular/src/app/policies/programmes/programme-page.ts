import { Component, computed, effect, inject, signal, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { firstValueFrom, map } from 'rxjs';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { NzSkeletonModule } from 'ng-zorro-antd/skeleton';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { FormsModule } from '@angular/forms';
import { Permissions } from '../../core/auth/permissions';
import { SessionService } from '../../core/auth/session.service';
import { ErrorNotifier } from '../../core/errors/error-notifier';
import { isConcurrencyConflict, toProblem } from '../../core/errors/problem';
import { ApiClient } from '../../core/http/api-client';
import { I18nService } from '../../core/i18n/i18n.service';
import { EnumLabelPipe, TranslatePipe } from '../../core/i18n/translate.pipe';
import { policyProgrammeConfirmCriterion } from '../../proxy/fn/policy-programme/policy-programme-confirm-criterion';
import { policyProgrammeGetRuleSet } from '../../proxy/fn/policy-programme/policy-programme-get-rule-set';
import { PolicyRuleSetDto } from '../../proxy/models/policy-rule-set-dto';
import { shanghaiToday } from '../../shared/format/date-only';
import { AppDatePipe } from '../../shared/format/format.pipes';
import { LoadFailed } from '../../shared/ui/load-failed';
import { PageHeader } from '../../shared/ui/page-header';
import { versionInForce } from '../shared/policy-format';
import { ProgrammeStore } from '../shared/programme-store';
import { RuleSetView } from './rule-set-view';

/** A programme and its rule-set versions (the one in force today first shown), read as criteria; confirm, revise, add a version. */
@Component({
  selector: 'app-programme-page',
  imports: [
    FormsModule, RouterLink, NzButtonModule, NzCardModule, NzIconModule, NzRadioModule, NzSkeletonModule, NzTagModule, TranslatePipe, EnumLabelPipe,
    AppDatePipe, PageHeader, LoadFailed, RuleSetView
  ],
  template: `
    @if (loadError(); as message) {
      <app-load-failed [title]="'pol.loadFailed' | t" [message]="message" (retry)="reload()" />
    } @else if (programme(); as p) {
      <app-page-header [title]="i18n.language() === 'en' ? p.englishName : p.name" [subtitle]="p.description ?? null" backLink="/policies" [backLabel]="'common.back' | t">
        @if (canCalculate()) {
          <a nz-button routerLink="/policies/calculator" [queryParams]="{ programme: p.code }"><nz-icon nzType="calculator" /> {{ 'nav.policyCalculator' | t }}</a>
        }
        @if (canManage()) {
          <a nz-button nzType="primary" [routerLink]="['/policies/programmes', p.id, 'rule-sets', 'new']" [queryParams]="{ from: ruleSet()?.id ?? null }" data-testid="add-version">
            <nz-icon nzType="plus" /> {{ 'pol.addVersion' | t }}
          </a>
        }
      </app-page-header>
      <div class="meta">
        <nz-tag>{{ p.kind | enumLabel: 'PolicyProgrammeKind' }}</nz-tag>
        <nz-tag>{{ p.grantingLevel | enumLabel: 'PolicyGrantingLevel' }}</nz-tag>
        <span class="code">{{ p.code }}</span>
      </div>
      <nz-card>
        <div class="versions">
          <span>{{ 'pol.versions' | t }}：</span>
          <nz-radio-group [ngModel]="selectedId()" (ngModelChange)="select($event)" nzButtonStyle="solid" data-testid="version-switch">
            @for (v of p.ruleSets; track v.id) {
              <label nz-radio-button [nzValue]="v.id">
                {{ v.version }} ({{ v.effectiveFrom | appDate }} – {{ v.effectiveTo ? (v.effectiveTo | appDate) : '' }})
                @if (v.id === inForceId()) { · {{ 'pol.inForce' | t }} }
                @if (v.unverifiedCount) { · ⚠ {{ v.unverifiedCount }} }
              </label>
            }
          </nz-radio-group>
          @if (canManage() && ruleSet(); as rs) {
            <a nz-button [routerLink]="['/policies/programmes', p.id, 'rule-sets', rs.id, 'edit']" data-testid="revise-version"><nz-icon nzType="edit" /> {{ 'pol.revise' | t }}</a>
          }
        </div>
        @if (ruleSet(); as rs) {
          <app-rule-set-view [ruleSet]="rs" [canConfirm]="canManage()" [confirming]="confirming()" (confirm)="confirmCriterion($event)" />
        } @else if (p.ruleSets.length) {
          <nz-skeleton [nzActive]="true" />
        } @else {
          <p>{{ 'pol.noVersions' | t }}</p>
        }
      </nz-card>
    } @else {
      <nz-skeleton [nzActive]="true" />
    }
  `,
  styles: `
    .meta { display: flex; gap: 6px; align-items: center; margin: -8px 0 12px; }
    .code { color: rgba(0, 0, 0, 0.45); font-family: monospace; font-size: 12px; }
    .versions { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin-bottom: 16px; }
  `
})
export class ProgrammePage {
  private readonly api = inject(ApiClient);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly notifier = inject(ErrorNotifier);
  private readonly session = inject(SessionService);
  private readonly store = inject(ProgrammeStore);
  protected readonly i18n = inject(I18nService);

  private readonly programmeId = this.route.snapshot.paramMap.get('programmeId') as string;
  private readonly versionParam = toSignal(this.route.queryParamMap.pipe(map(q => q.get('version'))), { initialValue: this.route.snapshot.queryParamMap.get('version') });
  protected readonly loadError = signal<string | null>(null);
  protected readonly programme = computed(() => this.store.programmes()?.find(p => p.id === this.programmeId) ?? null);
  protected readonly inForceId = computed(() => versionInForce(this.programme()?.ruleSets ?? [], shanghaiToday())?.id ?? null);
  /** The version in the URL, else the one in force today, else the latest. */
  protected readonly selectedId = computed(() => {
    const versions = this.programme()?.ruleSets ?? [];
    const wanted = this.versionParam();
    return (wanted && versions.some(v => v.id === wanted) ? wanted : null) ?? this.inForceId() ?? versions.at(-1)?.id ?? null;
  });
  protected readonly ruleSet = signal<PolicyRuleSetDto | null>(null);
  protected readonly confirming = signal<string | null>(null);
  protected readonly canManage = computed(() => this.session.granted().has(Permissions.policies.manageRules));
  protected readonly canCalculate = computed(() => this.session.granted().has(Permissions.policies.calculate));

  constructor() {
    void this.reload();
    effect(() => {
      const id = this.selectedId();
      if (id) {
        untracked(() => void this.loadRuleSet(id));
      }
    });
  }

  protected async reload(): Promise<void> {
    this.loadError.set(null);
    try {
      const programmes = await this.store.load(true);
      if (!programmes.some(p => p.id === this.programmeId)) {
        this.loadError.set(this.i18n.t('pol.programmeNotFound'));
      }
    } catch (error) {
      this.loadError.set(this.notifier.describe(toProblem(error)));
    }
  }

  protected select(id: string): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: { version: id }, replaceUrl: true });
  }

  private async loadRuleSet(id: string): Promise<void> {
    if (this.ruleSet()?.id !== id) {
      this.ruleSet.set(null);
    }
    try {
      this.ruleSet.set(await firstValueFrom(this.api.call(policyProgrammeGetRuleSet, { programmeId: this.programmeId, ruleSetId: id })));
    } catch (error) {
      this.loadError.set(this.notifier.describe(toProblem(error)));
    }
  }

  protected async confirmCriterion(code: string): Promise<void> {
    const rs = this.ruleSet();
    if (!rs) {
      return;
    }
    this.confirming.set(code);
    try {
      this.ruleSet.set(await firstValueFrom(this.api.call(policyProgrammeConfirmCriterion, {
        programmeId: this.programmeId, ruleSetId: rs.id, code, body: { concurrencyStamp: rs.concurrencyStamp }
      })));
      this.notifier.success('pol.confirmedToast');
      void this.store.load(true);
    } catch (error) {
      const problem = this.notifier.show(error);
      if (isConcurrencyConflict(problem)) {
        await this.loadRuleSet(rs.id);
      }
    } finally {
      this.confirming.set(null);
    }
  }
}

import { Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { Permissions } from '../../core/auth/permissions';
import { SessionService } from '../../core/auth/session.service';
import { ErrorNotifier } from '../../core/errors/error-notifier';
import { toProblem } from '../../core/errors/problem';
import { I18nService } from '../../core/i18n/i18n.service';
import { EnumLabelPipe, TranslatePipe } from '../../core/i18n/translate.pipe';
import { shanghaiToday } from '../../shared/format/date-only';
import { AppDatePipe } from '../../shared/format/format.pipes';
import { LoadFailed } from '../../shared/ui/load-failed';
import { PageHeader } from '../../shared/ui/page-header';
import { versionInForce } from '../shared/policy-format';
import { ProgrammeStore } from '../shared/programme-store';

/** 政策项目: the programmes, their kind and level, and their rule-set versions (the one in force today marked, UNVERIFIED counts). */
@Component({
  selector: 'app-programme-list-page',
  imports: [RouterLink, NzButtonModule, NzIconModule, NzTableModule, NzTagModule, TranslatePipe, EnumLabelPipe, AppDatePipe, PageHeader, LoadFailed],
  template: `
    <app-page-header [title]="'pol.programmes' | t" [subtitle]="'pol.programmesSubtitle' | t">
      @if (canCalculate()) {
        <a nz-button nzType="primary" routerLink="/policies/calculator" data-testid="open-calculator"><nz-icon nzType="calculator" /> {{ 'nav.policyCalculator' | t }}</a>
      }
    </app-page-header>
    @if (loadError(); as message) {
      <app-load-failed [title]="'pol.loadFailed' | t" [message]="message" (retry)="load()" />
    } @else {
      <nz-table [nzData]="programmes() ?? []" [nzLoading]="programmes() === null" [nzShowPagination]="false" [nzFrontPagination]="false" data-testid="programme-table">
        <thead>
          <tr>
            <th>{{ 'pol.programme' | t }}</th>
            <th nzWidth="110px">{{ 'pol.kind' | t }}</th>
            <th nzWidth="90px">{{ 'pol.level' | t }}</th>
            <th>{{ 'pol.versions' | t }}</th>
          </tr>
        </thead>
        <tbody>
          @for (p of programmes(); track p.id) {
            <tr data-testid="programme-row" [attr.data-code]="p.code">
              <td>
                <a [routerLink]="['/policies/programmes', p.id]">{{ i18n.language() === 'en' ? p.englishName : p.name }}</a>
                <div class="code">{{ p.code }}</div>
              </td>
              <td>{{ p.kind | enumLabel: 'PolicyProgrammeKind' }}</td>
              <td>{{ p.grantingLevel | enumLabel: 'PolicyGrantingLevel' }}</td>
              <td>
                @for (v of p.ruleSets; track v.id) {
                  <a [routerLink]="['/policies/programmes', p.id]" [queryParams]="{ version: v.id }" class="version">
                    <nz-tag [nzColor]="v.id === inForce()[p.id] ? 'blue' : 'default'">
                      {{ v.version }} · {{ v.effectiveFrom | appDate }}{{ v.effectiveTo ? ' – ' + (v.effectiveTo | appDate) : ' –' }}
                    </nz-tag>
                    @if (v.unverifiedCount) {
                      <nz-tag nzColor="orange" data-testid="version-unverified">{{ 'pol.unverifiedCount' | t: { count: v.unverifiedCount } }}</nz-tag>
                    }
                  </a>
                }
              </td>
            </tr>
          }
        </tbody>
      </nz-table>
    }
  `,
  styles: `
    .code { color: rgba(0, 0, 0, 0.45); font-size: 12px; font-family: monospace; }
    .version { display: inline-block; margin: 2px 8px 2px 0; }
  `
})
export class ProgrammeListPage {
  private readonly store = inject(ProgrammeStore);
  private readonly notifier = inject(ErrorNotifier);
  private readonly session = inject(SessionService);
  protected readonly i18n = inject(I18nService);
  protected readonly programmes = this.store.programmes;
  protected readonly loadError = signal<string | null>(null);
  protected readonly canCalculate = computed(() => this.session.granted().has(Permissions.policies.calculate));
  /** Programme id → the id of the version in force today (Shanghai). */
  protected readonly inForce = computed(() => {
    const today = shanghaiToday();
    return Object.fromEntries((this.programmes() ?? []).map(p => [p.id, versionInForce(p.ruleSets ?? [], today)?.id ?? null]));
  });

  constructor() {
    void this.load();
  }

  protected async load(): Promise<void> {
    this.loadError.set(null);
    try {
      await this.store.load(true);
    } catch (error) {
      this.loadError.set(this.notifier.describe(toProblem(error)));
    }
  }
}

import { NgTemplateOutlet } from '@angular/common';
import { Component, computed, inject, input, output } from '@angular/core';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDescriptionsModule } from 'ng-zorro-antd/descriptions';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { I18nService } from '../../core/i18n/i18n.service';
import { EnumLabelPipe, TranslatePipe } from '../../core/i18n/translate.pipe';
import { PolicyRuleSetDto } from '../../proxy/models/policy-rule-set-dto';
import { AppDatePipe } from '../../shared/format/format.pipes';
import {
  DefinitionRow, UnverifiedItem, bandRange, describeCriterion, flattenDefinition, formatFigure, isOpenUnverified, localName, measurePhrase, unverifiedItems
} from '../shared/policy-format';
import { PolicyBandTable } from '../../proxy/models/policy-band-table';
import { CONFIRMATION_LABELS } from '../shared/measure-catalog';

/**
 * A rule-set version as people read it: basis, dates, boundary reading, every criterion of the tree with its test in
 * words and its source tag, direct routes and whether they waive the requirements, the scoring table with its bands;
 * UNVERIFIED items marked everywhere and listed on top with a confirm action for rule managers.
 */
@Component({
  selector: 'app-rule-set-view',
  imports: [
    NgTemplateOutlet, NzAlertModule, NzButtonModule, NzDescriptionsModule, NzPopconfirmModule, NzTableModule, NzTagModule, TranslatePipe, EnumLabelPipe, AppDatePipe
  ],
  template: `
    @let rs = ruleSet();
    @let d = rs.definition;
    @let lang = i18n.language();
    <nz-descriptions nzBordered nzSize="small" [nzColumn]="{ xxl: 3, xl: 3, lg: 2, md: 2, sm: 1, xs: 1 }" class="block">
      <nz-descriptions-item [nzTitle]="'pol.version' | t">{{ rs.version }}</nz-descriptions-item>
      <nz-descriptions-item [nzTitle]="'pol.effectiveFrom' | t">{{ rs.effectiveFrom | appDate }}</nz-descriptions-item>
      <nz-descriptions-item [nzTitle]="'pol.effectiveToShort' | t">{{ rs.effectiveTo ? (rs.effectiveTo | appDate) : ('pol.openEnded' | t) }}</nz-descriptions-item>
      <nz-descriptions-item [nzTitle]="'pol.boundary' | t">{{ d.boundary | enumLabel: 'PolicyBoundaryReading' }}</nz-descriptions-item>
      <nz-descriptions-item [nzTitle]="'pol.nearMissMargin' | t">{{ d.nearMissMargin !== null && d.nearMissMargin !== undefined ? fmt(d.nearMissMargin, 'Ratio') : '—' }}</nz-descriptions-item>
      <nz-descriptions-item [nzTitle]="'pol.basis' | t" [nzSpan]="3">{{ d.basis ?? '—' }}</nz-descriptions-item>
    </nz-descriptions>

    @if (openUnverified().length) {
      <nz-alert nzType="warning" nzShowIcon class="block" data-testid="unverified-summary"
        [nzMessage]="'pol.unverifiedSummary' | t: { count: openUnverified().length }" [nzDescription]="unverifiedList" />
      <ng-template #unverifiedList>
        <ul class="unverified-list">
          @for (item of openUnverified(); track item.code) {
            <li data-testid="unverified-item" [attr.data-code]="item.code">
              <nz-tag nzColor="orange">{{ 'pol.unverified' | t }}</nz-tag>
              {{ localName(item, lang) }} <span class="code">{{ item.code }}</span>
              @if (item.source) { <nz-tag class="source">{{ item.source }}</nz-tag> }
              @if (canConfirm()) {
                <button nz-button nzSize="small" nz-popconfirm [nzPopconfirmTitle]="'pol.confirmQuestion' | t: { name: localName(item, lang) }"
                  (nzOnConfirm)="confirm.emit(item.code)" [nzLoading]="confirming() === item.code" data-testid="confirm-criterion">{{ 'pol.confirm' | t }}</button>
              }
            </li>
          }
        </ul>
        <div class="hint">{{ 'pol.unverifiedExplain' | t }}</div>
      </ng-template>
    } @else if (allUnverified().length) {
      <nz-alert nzType="success" [nzMessage]="'pol.unverifiedAllConfirmed' | t" class="block" />
    }

    <h3>{{ 'pol.requirements' | t }}</h3>
    <ng-container *ngTemplateOutlet="tree; context: { rows: requirementRows(), id: 'requirements' }" />

    @if (d.directRoutes?.length) {
      <h3>{{ 'pol.directRoutes' | t }}</h3>
      <ng-container *ngTemplateOutlet="tree; context: { rows: routeRows(), id: 'direct-routes' }" />
    }

    @if (d.scoring; as s) {
      <h3>
        {{ 'pol.scoring' | t }} · {{ 'pol.passingTotal' | t: { points: s.passingTotal } }}
        @if (s.source) { <nz-tag class="source">{{ s.source }}</nz-tag> }
        @if (s.unverified) { <nz-tag nzColor="orange" data-testid="unverified-flag">{{ 'pol.unverified' | t }}</nz-tag> }
      </h3>
      <nz-table [nzData]="s.dimensions ?? []" [nzShowPagination]="false" [nzFrontPagination]="false" nzSize="small" class="block" data-testid="rule-scoring">
        <thead>
          <tr><th>{{ 'pol.indicator' | t }}</th><th nzWidth="80px">{{ 'pol.maxPoints' | t }}</th><th>{{ 'pol.bands' | t }}</th><th nzWidth="110px">{{ 'pol.source' | t }}</th></tr>
        </thead>
        <tbody>
          @for (dim of s.dimensions; track dim.code) {
            <tr class="dimension-row">
              <td colspan="4">
                <strong>{{ localName(dim, lang) }}</strong>
                @if (dim.minimum !== null && dim.minimum !== undefined) { <span class="muted"> · {{ 'pol.minimum' | t }} {{ dim.minimum }}</span> }
              </td>
            </tr>
            @for (ind of dim.indicators; track ind.code) {
              <tr [attr.data-code]="ind.code">
                <td class="indent-1">
                  {{ localName(ind, lang) }}
                  @if (ind.unverified && !ind.confirmedOn) {
                    <nz-tag nzColor="orange" data-testid="unverified-flag">{{ 'pol.unverified' | t }}</nz-tag>
                  } @else if (ind.confirmedOn) {
                    <nz-tag nzColor="green" data-testid="confirmed-flag">{{ 'pol.confirmedOn' | t: { date: (ind.confirmedOn | appDate) } }}</nz-tag>
                  }
                </td>
                <td>{{ ind.maxPoints }}</td>
                <td>
                  @for (table of ind.tables; track $index) {
                    <div class="band-table">
                      <span class="muted">{{ phrase(table) }}：</span>
                      @if (table.valueIsPoints) {
                        {{ 'pol.valueIsPoints' | t }}
                      } @else {
                        @for (band of table.bands; track $index) {
                          <span class="band">{{ range(band, table) }} → {{ band.points }}</span>
                        }
                      }
                    </div>
                  }
                </td>
                <td>@if (ind.source) { <nz-tag class="source">{{ ind.source }}</nz-tag> }</td>
              </tr>
            }
          }
        </tbody>
      </nz-table>
    }

    <ng-template #tree let-rows="rows" let-id="id">
      <nz-table [nzData]="rows" [nzShowPagination]="false" [nzFrontPagination]="false" nzSize="small" class="block" [attr.data-testid]="'rule-' + id">
        <thead>
          <tr><th>{{ 'pol.criterion' | t }}</th><th>{{ 'pol.test' | t }}</th><th nzWidth="110px">{{ 'pol.source' | t }}</th></tr>
        </thead>
        <tbody>
          @for (row of rows; track $index) {
            @let c = row.criterion;
            <tr data-testid="rule-criterion" [attr.data-code]="c.code" [class.open-unverified]="isOpenUnverified(c)">
              <td [class]="'indent-' + row.depth">
                @if (row.role === 'waiver') { <nz-tag nzColor="cyan">{{ 'pol.waiver' | t }}</nz-tag> }
                {{ localName(c, lang) }} <span class="code">{{ c.code }}</span>
                @if (c.unverified && !c.confirmedOn) {
                  <nz-tag nzColor="orange" data-testid="unverified-flag">{{ 'pol.unverified' | t }}</nz-tag>
                } @else if (c.confirmedOn) {
                  <nz-tag nzColor="green" data-testid="confirmed-flag">{{ 'pol.confirmedOn' | t: { date: (c.confirmedOn | appDate) } }}</nz-tag>
                }
                @if (c.directRoute) { <nz-tag nzColor="blue">{{ 'pol.directRoute' | t }}</nz-tag> }
                @if (c.waivesRequirements) { <nz-tag nzColor="purple">{{ 'pol.waivesRequirements' | t }}</nz-tag> }
              </td>
              <td>{{ describe(c) }}</td>
              <td>@if (c.source) { <nz-tag class="source">{{ c.source }}</nz-tag> }</td>
            </tr>
          }
        </tbody>
      </nz-table>
    </ng-template>
  `,
  styles: `
    .block { display: block; margin-bottom: 16px; }
    h3 { font-size: 15px; font-weight: 600; margin: 16px 0 8px; }
    .code { color: rgba(0, 0, 0, 0.4); font-size: 11px; font-family: monospace; }
    .source { font-family: monospace; font-size: 11px; white-space: normal; }
    .muted, .hint { color: rgba(0, 0, 0, 0.5); font-size: 12px; }
    .unverified-list { margin: 4px 0; padding-left: 0; list-style: none; }
    .unverified-list li { margin: 4px 0; display: flex; flex-wrap: wrap; gap: 6px; align-items: center; }
    .open-unverified { background: #fffbe6; }
    .band-table { margin: 2px 0; }
    .band { display: inline-block; margin-right: 10px; white-space: nowrap; }
    .indent-1 { padding-left: 28px !important; }
    .indent-2 { padding-left: 48px !important; }
    .indent-3, .indent-4, .indent-5 { padding-left: 68px !important; }
  `
})
export class RuleSetView {
  protected readonly i18n = inject(I18nService);
  readonly ruleSet = input.required<PolicyRuleSetDto>();
  readonly canConfirm = input(false);
  /** The code being confirmed, for its button's spinner. */
  readonly confirming = input<string | null>(null);
  readonly confirm = output<string>();

  protected readonly requirementRows = computed<DefinitionRow[]>(() => flattenDefinition(this.ruleSet().definition.requirements));
  protected readonly routeRows = computed<DefinitionRow[]>(() => flattenDefinition(this.ruleSet().definition.directRoutes));
  protected readonly allUnverified = computed<UnverifiedItem[]>(() => unverifiedItems(this.ruleSet().definition));
  protected readonly openUnverified = computed(() => this.allUnverified().filter(item => !item.confirmedOn));

  protected readonly localName = localName;
  protected readonly isOpenUnverified = isOpenUnverified;

  protected describe(c: DefinitionRow['criterion']): string {
    return describeCriterion(c, this.i18n.language(), s => this.subjectLabel(s));
  }

  protected phrase(table: PolicyBandTable): string {
    return measurePhrase(table, this.i18n.language(), s => this.subjectLabel(s));
  }

  protected range(band: Parameters<typeof bandRange>[0], table: PolicyBandTable): string {
    return bandRange(band, table, this.i18n.language());
  }

  protected fmt(value: number, unit: 'Ratio'): string {
    return formatFigure(value, unit, this.i18n.language());
  }

  /** An honour kind has a server label; other subjects (a programme code, a confirmation) show as they are. */
  private subjectLabel(subject: string): string {
    const confirmation = CONFIRMATION_LABELS[subject];
    if (confirmation) {
      return this.i18n.language() === 'en' ? confirmation.en : confirmation.zh;
    }
    const label = this.i18n.enumLabel('PolicyHonourKind', subject);
    return label.startsWith('Enum:') ? subject : label;
  }
}

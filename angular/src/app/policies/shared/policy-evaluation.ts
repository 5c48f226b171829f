import { NgTemplateOutlet } from '@angular/common';
import { Component, computed, inject, input } from '@angular/core';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { NzTooltipModule } from 'ng-zorro-antd/tooltip';
import { I18nService } from '../../core/i18n/i18n.service';
import { EnumLabelPipe, TranslatePipe } from '../../core/i18n/translate.pipe';
import { PolicyEvaluation } from '../../proxy/models/policy-evaluation';
import { AppDatePipe } from '../../shared/format/format.pipes';
import { comparisonSymbol, flattenResults, formatFigure, localName, localText, missingFactLabel, outcomeColor, statusColor, tally } from './policy-format';

/**
 * An evaluation as the officer reads it: the outcome and why, each criterion pass / fail / missing with the figure
 * used, the threshold, the source tag and an UNVERIFIED flag, the score per dimension and in total, the direct routes,
 * near misses written plainly and the facts to collect. Used by the calculator and by stored assessments alike.
 */
@Component({
  selector: 'app-policy-evaluation',
  imports: [NgTemplateOutlet, NzAlertModule, NzTableModule, NzTagModule, NzTooltipModule, TranslatePipe, EnumLabelPipe, AppDatePipe],
  template: `
    @let e = evaluation();
    @let lang = i18n.language();
    <div class="evaluation" data-testid="policy-evaluation" [attr.data-outcome]="e.outcome">
      <div class="outcome-line">
        <nz-tag [nzColor]="outcomeColor(e.outcome)" class="outcome-tag" data-testid="policy-outcome">{{ e.outcome | enumLabel: 'PolicyOutcome' }}</nz-tag>
        <span class="outcome-meta">{{ 'pol.ruleVersion' | t: { version: e.ruleSetVersion } }} · {{ 'pol.assessmentDate' | t }} {{ e.assessmentDate | appDate }}</span>
      </div>
      <p class="summary" data-testid="policy-summary">{{ localText(e.summary, lang) }}</p>
      @if (e.usesUnverifiedCriteria) {
        <nz-alert nzType="warning" nzShowIcon [nzMessage]="'pol.unverifiedWarning' | t" class="block" data-testid="policy-unverified-warning" />
      }
      @if (e.appliedDirectRoutes?.length) {
        <nz-alert nzType="success" [nzMessage]="'pol.directRouteApplied' | t: { codes: appliedRouteNames() }" class="block" />
      }
      @if (e.nearMisses?.length) {
        <section class="block" data-testid="policy-near-misses">
          <h4>{{ 'pol.nearMisses' | t }}</h4>
          <ul>
            @for (miss of e.nearMisses; track $index) {
              <li>{{ localText(miss, lang) }}</li>
            }
          </ul>
        </section>
      }
      @if (e.missingFacts?.length) {
        <section class="block" data-testid="policy-missing-facts">
          <h4>{{ 'pol.missingFacts' | t }}</h4>
          <div>
            @for (fact of e.missingFacts; track fact) {
              <nz-tag nzColor="warning" [attr.title]="fact">{{ factLabel(fact) }}</nz-tag>
            }
          </div>
        </section>
      }

      <h4 class="section-title">{{ 'pol.requirements' | t }} <span class="tally">{{ 'pol.tally' | t: requirementTally() }}</span></h4>
      <ng-container *ngTemplateOutlet="criteria; context: { rows: requirementRows(), id: 'requirements' }" />

      @if (e.score; as score) {
        <h4 class="section-title">{{ 'pol.score' | t }}</h4>
        <div class="score-line" data-testid="policy-score">
          <nz-tag [nzColor]="statusColor(score.status)">{{ score.status | enumLabel: 'PolicyCriterionStatus' }}</nz-tag>
          <strong>{{ 'pol.totalScore' | t: { points: fmt(score.points, 'Points'), passing: fmt(score.passingTotal, 'Points') } }}</strong>
          @if (score.maxPossible !== score.points) {
            <span class="muted">{{ 'pol.maxPossible' | t: { max: fmt(score.maxPossible, 'Points') } }}</span>
          }
          @if (score.source) { <nz-tag class="source">{{ score.source }}</nz-tag> }
        </div>
        <nz-table [nzData]="score.dimensions ?? []" [nzShowPagination]="false" [nzFrontPagination]="false" nzSize="small" class="block" data-testid="policy-dimensions">
          <thead>
            <tr>
              <th>{{ 'pol.indicator' | t }}</th>
              <th nzWidth="120px">{{ 'pol.points' | t }}</th>
              <th>{{ 'pol.figure' | t }}</th>
              <th>{{ 'pol.nextBand' | t }}</th>
            </tr>
          </thead>
          <tbody>
            @for (d of score.dimensions; track d.code) {
              <tr class="dimension-row" [attr.data-dimension]="d.code">
                <td>
                  <strong>{{ localName(d, lang) }}</strong>
                  @if (d.minimum !== null && d.minimum !== undefined) {
                    <span class="muted"> · {{ 'pol.minimum' | t }} {{ fmt(d.minimum, 'Points') }}</span>
                  }
                </td>
                <td>
                  <nz-tag [nzColor]="statusColor(d.status)">{{ fmt(d.points, 'Points') }} / {{ fmt(d.maxPossible, 'Points') }}</nz-tag>
                </td>
                <td></td>
                <td></td>
              </tr>
              @for (ind of d.indicators; track ind.code) {
                <tr>
                  <td class="indent-1">
                    {{ localName(ind, lang) }}
                    @if (ind.source) { <nz-tag class="source">{{ ind.source }}</nz-tag> }
                    @if (ind.unverified) { <nz-tag nzColor="orange" class="unverified" data-testid="unverified-flag">{{ 'pol.unverified' | t }}</nz-tag> }
                  </td>
                  <td>
                    @if (ind.status === 'Missing') {
                      <nz-tag nzColor="warning">{{ 'Missing' | enumLabel: 'PolicyCriterionStatus' }}</nz-tag>
                    } @else {
                      {{ fmt(ind.points, 'Points') }} / {{ fmt(ind.maxPoints, 'Points') }}
                    }
                  </td>
                  <td>
                    {{ fmt(ind.value, ind.unit) }}
                    @if (ind.missingFacts?.length) { <div class="muted">{{ 'pol.needs' | t }} {{ factLabels(ind.missingFacts!) }}</div> }
                  </td>
                  <td class="muted">{{ localText(ind.nextBand, lang) }}</td>
                </tr>
              }
            }
          </tbody>
        </nz-table>
      }

      @if (e.directRoutes?.length) {
        <h4 class="section-title">{{ 'pol.directRoutes' | t }}</h4>
        <ng-container *ngTemplateOutlet="criteria; context: { rows: routeRows(), id: 'direct-routes' }" />
      }
    </div>

    <ng-template #criteria let-rows="rows" let-id="id">
      <nz-table [nzData]="rows" [nzShowPagination]="false" [nzFrontPagination]="false" nzSize="small" class="block" [attr.data-testid]="'policy-' + id">
        <thead>
          <tr>
            <th>{{ 'pol.criterion' | t }}</th>
            <th nzWidth="90px">{{ 'pol.status' | t }}</th>
            <th>{{ 'pol.figure' | t }}</th>
            <th>{{ 'pol.threshold' | t }}</th>
            <th nzWidth="110px">{{ 'pol.source' | t }}</th>
          </tr>
        </thead>
        <tbody>
          @for (row of rows; track row.result.code) {
            @let r = row.result;
            <tr data-testid="criterion-row" [attr.data-code]="r.code" [attr.data-status]="r.status">
              <td [class]="'indent-' + row.depth">
                {{ localName(r, lang) }}
                @if (r.unverified) { <nz-tag nzColor="orange" class="unverified" data-testid="unverified-flag">{{ 'pol.unverified' | t }}</nz-tag> }
                @if (r.waivedBy) { <div class="muted">{{ 'pol.waivedBy' | t: { code: r.waivedBy } }}</div> }
                @if (r.explanation) { <div class="explanation">{{ localText(r.explanation, lang) }}</div> }
                @if (r.status === 'Missing' && r.missingFacts?.length && !r.explanation) { <div class="muted">{{ 'pol.needs' | t }} {{ factLabels(r.missingFacts!) }}</div> }
              </td>
              <td><nz-tag [nzColor]="statusColor(r.status)">{{ r.status | enumLabel: 'PolicyCriterionStatus' }}</nz-tag></td>
              <td>{{ r.kind === 'Compare' ? fmt(r.value, r.unit) : '' }}</td>
              <td>{{ r.kind === 'Compare' ? symbol(r.comparison) + ' ' + fmt(r.threshold, r.unit) : '' }}</td>
              <td>@if (r.source) { <nz-tag class="source">{{ r.source }}</nz-tag> }</td>
            </tr>
          }
        </tbody>
      </nz-table>
    </ng-template>
  `,
  styles: `
    .outcome-line { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; }
    .outcome-tag { font-size: 15px; padding: 2px 10px; }
    .outcome-meta, .muted { color: rgba(0, 0, 0, 0.5); font-size: 12px; }
    .summary { margin: 8px 0; font-size: 14px; }
    .block { margin-bottom: 12px; display: block; }
    .section-title { margin: 16px 0 8px; font-weight: 600; }
    .tally { font-weight: normal; color: rgba(0, 0, 0, 0.5); font-size: 12px; margin-left: 8px; }
    .score-line { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; margin-bottom: 8px; }
    .explanation { color: rgba(0, 0, 0, 0.65); font-size: 12px; margin-top: 2px; }
    .source { font-family: monospace; font-size: 11px; white-space: normal; }
    .unverified { margin-left: 4px; }
    .indent-1 { padding-left: 28px !important; }
    .indent-2 { padding-left: 48px !important; }
    .indent-3, .indent-4, .indent-5 { padding-left: 68px !important; }
    ul { margin: 0; padding-left: 20px; }
    h4 { margin: 8px 0 4px; }
  `
})
export class PolicyEvaluationView {
  protected readonly i18n = inject(I18nService);
  readonly evaluation = input.required<PolicyEvaluation>();

  protected readonly requirementRows = computed(() => flattenResults(this.evaluation().requirements));
  protected readonly routeRows = computed(() => flattenResults(this.evaluation().directRoutes));
  protected readonly requirementTally = computed(() => {
    const t = tally(this.evaluation().requirements);
    return { pass: t.Pass, fail: t.Fail, missing: t.Missing };
  });
  protected readonly appliedRouteNames = computed(() => {
    const lang = this.i18n.language();
    const rows = flattenResults(this.evaluation().directRoutes);
    return (this.evaluation().appliedDirectRoutes ?? [])
      .map(code => rows.find(row => row.result.code === code)?.result ?? null)
      .map((r, i) => (r ? localName(r, lang) : this.evaluation().appliedDirectRoutes![i]))
      .join('；');
  });

  protected readonly outcomeColor = outcomeColor;
  protected readonly statusColor = statusColor;
  protected readonly localText = localText;
  protected readonly localName = localName;
  protected readonly symbol = comparisonSymbol;

  protected factLabel(fact: string): string {
    return missingFactLabel(fact, this.i18n.language());
  }

  protected factLabels(facts: string[]): string {
    return facts.map(f => this.factLabel(f)).join(this.i18n.language() === 'en' ? ', ' : '、');
  }

  protected fmt(value: number | null | undefined, unit: Parameters<typeof formatFigure>[1]): string {
    return formatFigure(value, unit, this.i18n.language());
  }
}

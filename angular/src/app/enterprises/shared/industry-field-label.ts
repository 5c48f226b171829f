import { Component, computed, input } from '@angular/core';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { TranslatePipe } from '../../core/i18n/translate.pipe';

/** What an enterprise's 行业领域 shows: the catalogue's name, the source's wording when it differs, 待归类 when nothing matched. */
export interface IndustryDisplay {
  /** The catalogue's name, or null when the enterprise has no field. */
  name: string | null;
  /** The source's wording, when there is one and it is not the name itself. */
  sourceText: string | null;
  /** The source named a field the catalogue did not recognise: a person has to classify it. */
  unresolved: boolean;
}

export function industryDisplay(enterprise: {
  industryFieldId?: string | null;
  industryFieldName?: string | null;
  industryFieldText?: string | null;
}): IndustryDisplay {
  const name = enterprise.industryFieldId ? (enterprise.industryFieldName ?? null) : null;
  const text = enterprise.industryFieldText?.trim() || null;
  return {
    name,
    sourceText: text !== null && text !== name ? text : null,
    unresolved: !enterprise.industryFieldId && text !== null
  };
}

/**
 * An enterprise's 行业领域 in one line: 新一代信息技术 （原文：集成电路）, or 量子计算 [待归类] when the catalogue did not
 * recognise the source's name (the enterprise list's 待归类 filter finds these).
 */
@Component({
  selector: 'app-industry-field-label',
  imports: [NzTagModule, TranslatePipe],
  template: `
    @let d = display();
    <span class="industry" data-testid="industry-field">
      @if (d.unresolved) {
        <span class="industry-text">{{ d.sourceText }}</span>
        <nz-tag nzColor="orange" class="unresolved-tag" [title]="'industry.unresolvedHint' | t" data-testid="industry-unresolved">{{
          'industry.unresolved' | t
        }}</nz-tag>
      } @else {
        {{ d.name ?? '—' }}
        @if (d.sourceText) {
          <span class="source-text" [title]="'industry.sourceTextHint' | t" data-testid="industry-source-text">{{ 'industry.sourceText' | t: { text: d.sourceText } }}</span>
        }
      }
    </span>
  `,
  styles: `
    .source-text { color: rgba(0, 0, 0, 0.6); font-size: 12px; margin-left: 4px; }
    .unresolved-tag { margin-left: 6px; margin-right: 0; }
  `
})
export class IndustryFieldLabel {
  readonly enterprise = input.required<{ industryFieldId?: string | null; industryFieldName?: string | null; industryFieldText?: string | null }>();
  protected readonly display = computed(() => industryDisplay(this.enterprise()));
}

import { Component, computed, input, output } from '@angular/core';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { MessageKey } from '../../core/i18n/messages.zh-CN';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { SearchFacetDto } from '../../proxy/models/search-facet-dto';
import { FACET_NAMES, FacetName, ProfileSearchQuery } from './profile-search-query';

export interface FacetToggle {
  name: FacetName;
  value: string;
  on: boolean;
}

/** One facet as the panel shows it: the server's values and counts, plus a selected value the server no longer counts. */
export interface FacetView {
  name: FacetName;
  label: MessageKey;
  values: { value: string; label: string; count: number | null; checked: boolean }[];
}

/** The server's facets in the panel's order, each selected value kept visible (with no count) even when nothing matches it. */
export function facetViews(facets: readonly SearchFacetDto[], query: ProfileSearchQuery): FacetView[] {
  const byName = new Map(facets.map(f => [f.name, f]));
  const views: FacetView[] = [];
  for (const name of FACET_NAMES) {
    const selected = query.facets[name];
    const values: FacetView['values'] = (byName.get(name)?.values ?? []).map(v => ({ value: v.value, label: v.label, count: v.count, checked: selected.includes(v.value) }));
    for (const value of selected) {
      if (!values.some(v => v.value === value)) {
        values.push({ value, label: value, count: null, checked: true });
      }
    }
    if (values.length) {
      views.push({ name, label: `profileSearch.facet.${name}` as MessageKey, values });
    }
  }
  return views;
}

/** Facets as checkbox lists with the counts the server returned; a change is reported at once. */
@Component({
  selector: 'app-facet-panel',
  imports: [NzCheckboxModule, NzButtonModule, TranslatePipe],
  template: `
    <div class="facet-panel" data-testid="facet-panel">
      @for (facet of views(); track facet.name) {
        <fieldset class="facet" [attr.data-facet]="facet.name">
          <legend>{{ facet.label | t }}</legend>
          @for (value of facet.values; track value.value) {
            <label nz-checkbox class="facet-value" [nzChecked]="value.checked" (nzCheckedChange)="toggled.emit({ name: facet.name, value: value.value, on: $event })"
              [attr.data-value]="value.value">
              <span class="facet-label">{{ value.label }}</span>
              @if (value.count !== null) { <span class="facet-count">{{ value.count }}</span> }
            </label>
          }
        </fieldset>
      }
    </div>
  `,
  styles: `
    .facet-panel { display: flex; flex-direction: column; gap: 12px; }
    .facet { border: 0; margin: 0; padding: 0 0 12px; border-bottom: 1px solid #f0f0f0; }
    .facet:last-child { border-bottom: 0; }
    .facet legend { font-weight: 600; font-size: 14px; margin-bottom: 6px; border: 0; width: auto; }
    .facet-value { display: flex; margin: 0 0 4px; align-items: center; }
    .facet-value ::ng-deep > span:last-child { display: flex; flex: 1; justify-content: space-between; gap: 8px; min-width: 0; }
    .facet-label { display: inline-block; overflow: hidden; text-overflow: ellipsis; }
    /* The server's English labels are lower case for use in sentences; a list item starts with a capital. */
    .facet-label::first-letter { text-transform: uppercase; }
    .facet-count { color: rgba(0, 0, 0, 0.45); font-variant-numeric: tabular-nums; }
  `
})
export class FacetPanel {
  readonly facets = input.required<readonly SearchFacetDto[]>();
  readonly query = input.required<ProfileSearchQuery>();
  readonly toggled = output<FacetToggle>();

  protected readonly views = computed(() => facetViews(this.facets(), this.query()));
}

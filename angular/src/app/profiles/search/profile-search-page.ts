import { Component, computed, effect, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDrawerModule } from 'ng-zorro-antd/drawer';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzPaginationModule } from 'ng-zorro-antd/pagination';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { ErrorNotifier } from '../../core/errors/error-notifier';
import { toProblem } from '../../core/errors/problem';
import { ApiClient } from '../../core/http/api-client';
import { I18nService } from '../../core/i18n/i18n.service';
import { MessageKey } from '../../core/i18n/messages.zh-CN';
import { EnumLabelPipe, TranslatePipe } from '../../core/i18n/translate.pipe';
import { BreakpointService } from '../../core/layout/breakpoint.service';
import { profileSearchSearch } from '../../proxy/fn/profile-search/profile-search-search';
import { ProfileSearchHitDto } from '../../proxy/models/profile-search-hit-dto';
import { ProfileSearchResultDto } from '../../proxy/models/profile-search-result-dto';
import { SavedSearchDto } from '../../proxy/models/saved-search-dto';
import { PROFILE_SEARCH_SORTS } from '../../shared/domain-enums';
import { CountPipe } from '../../shared/format/format.pipes';
import { RoutedList } from '../../shared/list/routed-list';
import { LoadFailed } from '../../shared/ui/load-failed';
import { PageHeader } from '../../shared/ui/page-header';
import { profileStatusColor } from '../shared/profile-status';
import { FacetPanel, FacetToggle } from './facet-panel';
import { HitSnippet, highlightedField, hitSnippets } from './hit-highlights';
import {
  PAGE_SIZE, ProfileSearchQuery, ProfileSearchSort, clearFilters, fromCriteria, hasFilters, parseSearchQuery, toApiParams, toCriteria,
  toNavigationParams, toggleFacet
} from './profile-search-query';
import { SaveSearchModal } from './save-search-modal';
import { SavedSearchesDrawer } from './saved-searches-drawer';

/**
 * 项目检索: Chinese full-text search over the profiles the caller may see, facets with counts, highlighted hits;
 * the whole search lives in the URL (shareable, back button), and can be saved with daily alerts.
 */
@Component({
  selector: 'app-profile-search-page',
  imports: [
    FormsModule, RouterLink, NzButtonModule, NzDrawerModule, NzEmptyModule, NzIconModule, NzInputModule, NzPaginationModule, NzSelectModule, NzSpinModule,
    NzTagModule, TranslatePipe, EnumLabelPipe, CountPipe, LoadFailed, PageHeader, FacetPanel, SaveSearchModal, SavedSearchesDrawer
  ],
  templateUrl: './profile-search-page.html',
  styleUrl: './profile-search-page.scss'
})
export class ProfileSearchPage {
  private readonly api = inject(ApiClient);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly notifier = inject(ErrorNotifier);
  protected readonly i18n = inject(I18nService);
  protected readonly breakpoints = inject(BreakpointService);

  protected readonly sorts = PROFILE_SEARCH_SORTS;
  protected readonly pageSize = PAGE_SIZE;
  protected readonly statusColor = profileStatusColor;
  protected readonly list = new RoutedList<ProfileSearchQuery, ProfileSearchHitDto, ProfileSearchResultDto>(this.route.snapshot.queryParams, {
    params: this.route.queryParams,
    parse: parseSearchQuery,
    load: query => this.api.call(profileSearchSearch, toApiParams(query)),
    describeError: error => this.notifier.describe(toProblem(error))
  });
  protected readonly query = this.list.query;
  protected readonly result = computed(() => {
    const state = this.list.state();
    return state.status === 'failed' ? null : state.result;
  });
  protected readonly facets = computed(() => this.result()?.facets ?? []);
  protected readonly filtered = computed(() => hasFilters(this.query()));
  protected readonly text = signal(this.query().text ?? '');
  protected readonly filtersOpen = signal(false);
  protected readonly savedOpen = signal(false);
  protected readonly saving = signal(false);
  protected readonly savedVersion = signal(0);

  constructor() {
    // Back/forward and saved searches change the URL: the box shows the text searched for.
    effect(() => this.text.set(this.query().text ?? ''));
  }

  protected search(): void {
    this.go({ ...this.query(), text: this.text().trim().slice(0, 100) || null, page: 1 });
  }

  protected toggle(change: FacetToggle): void {
    this.go(toggleFacet(this.query(), change.name, change.value, change.on));
  }

  protected clear(): void {
    this.go(clearFilters(this.query()));
  }

  protected setSort(sort: ProfileSearchSort): void {
    this.go({ ...this.query(), sort, page: 1 });
  }

  protected goTo(page: number): void {
    this.go({ ...this.query(), page });
    if (typeof window !== 'undefined') {
      window.scrollTo({ top: 0 });
    }
  }

  protected runSaved(saved: SavedSearchDto): void {
    this.savedOpen.set(false);
    this.go(fromCriteria(saved.criteria));
  }

  protected onSaved(saved: SavedSearchDto | null): void {
    this.saving.set(false);
    if (saved) {
      this.savedVersion.update(v => v + 1);
    }
  }

  protected sortLabel(sort: ProfileSearchSort): MessageKey {
    return `profileSearch.sort${sort}` as MessageKey;
  }

  protected criteria() {
    return toCriteria({ ...this.query(), page: 1 });
  }

  /** A name to start from: the words searched for and the chosen facet values, as the facets label them. */
  protected suggestedName(): string {
    const query = this.query();
    const labels: string[] = [];
    for (const facet of this.facets()) {
      for (const value of facet.values) {
        if ((query.facets as Record<string, string[]>)[facet.name]?.includes(value.value)) {
          labels.push(value.label);
        }
      }
    }
    const parts = [query.text, ...labels].filter((p): p is string => !!p);
    return parts.length ? parts.join(' · ') : this.i18n.t('profileSearch.criteriaNone');
  }

  protected snippets(hit: ProfileSearchHitDto): HitSnippet[] {
    return hitSnippets(hit);
  }

  protected highlighted(hit: ProfileSearchHitDto, field: 'headline' | 'name'): string | null {
    return highlightedField(hit, field);
  }

  private go(query: ProfileSearchQuery): void {
    this.filtersOpen.set(false);
    void this.router.navigate([], { relativeTo: this.route, queryParams: toNavigationParams(query) });
  }
}

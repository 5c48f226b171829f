import { Injectable, inject } from '@angular/core';
import { ActivatedRouteSnapshot } from '@angular/router';
import { Observable, ReplaySubject } from 'rxjs';
import { ApiClient } from '../../core/http/api-client';
import { enterpriseGetList } from '../../proxy/fn/enterprise/enterprise-get-list';
import { PagedResultDtoOfEnterpriseListItemDto } from '../../proxy/models/paged-result-dto-of-enterprise-list-item-dto';
import { EnterpriseListQuery, parseListQuery, toApiParams } from './enterprise-list-query';

/** A prefetched page is used only by the list that opens right after it was asked for. */
export const PREFETCH_MAX_AGE_MS = 15_000;

/**
 * The enterprise list's first page, requested while the session (user, permissions) loads instead of
 * after it: on a direct visit the list, the user and the permissions travel together.
 */
@Injectable({ providedIn: 'root' })
export class EnterpriseListPrefetch {
  private readonly api = inject(ApiClient);
  private pending: { key: string; at: number; result: Observable<PagedResultDtoOfEnterpriseListItemDto> } | null = null;

  start(query: EnterpriseListQuery): void {
    const params = toApiParams(query);
    const result = new ReplaySubject<PagedResultDtoOfEnterpriseListItemDto>(1);
    // Subscribed at once so the request leaves now; a failure is left to the page, which asks again.
    this.api.call(enterpriseGetList, params).subscribe(result);
    this.pending = { key: JSON.stringify(params), at: Date.now(), result };
  }

  /** The prefetched page for this query, once; null when there is none (or it is stale or for other filters). */
  take(query: EnterpriseListQuery, now = Date.now()): Observable<PagedResultDtoOfEnterpriseListItemDto> | null {
    const pending = this.pending;
    this.pending = null;
    return pending && pending.key === JSON.stringify(toApiParams(query)) && now - pending.at <= PREFETCH_MAX_AGE_MS ? pending.result : null;
  }
}

/** Route data PREFETCH_DATA of the list: starts its first page from the URL's filters. */
export function prefetchEnterpriseList(route: ActivatedRouteSnapshot): void {
  inject(EnterpriseListPrefetch).start(parseListQuery(route.queryParams));
}

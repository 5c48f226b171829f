import { Injectable, inject } from '@angular/core';
import { Observable, map, shareReplay } from 'rxjs';
import { contestEditionGetList } from '../../proxy/fn/contest-edition/contest-edition-get-list';
import { districtGetList } from '../../proxy/fn/district/district-get-list';
import { industryFieldGetList } from '../../proxy/fn/industry-field/industry-field-get-list';
import { institutionGetList } from '../../proxy/fn/institution/institution-get-list';
import { ContestEditionListItemDto } from '../../proxy/models/contest-edition-list-item-dto';
import { DistrictDto } from '../../proxy/models/district-dto';
import { IndustryFieldDto } from '../../proxy/models/industry-field-dto';
import { InvestorDto } from '../../proxy/models/investor-dto';
import { ApiClient } from '../http/api-client';

/** Catalogues that change rarely (districts, industry fields, editions, institutions), fetched once per session. */
@Injectable({ providedIn: 'root' })
export class ReferenceDataService {
  private readonly api = inject(ApiClient);
  private cache = new Map<string, Observable<unknown>>();

  districts(): Observable<DistrictDto[]> {
    return this.cached('districts', () => this.api.call(districtGetList, {}).pipe(map(r => [...(r.items ?? [])])));
  }

  /** Active fields only unless includeInactive (an enterprise may still carry an inactive one). */
  industryFields(includeInactive = false): Observable<IndustryFieldDto[]> {
    return this.cached(`industry-fields:${includeInactive}`, () =>
      this.api.call(industryFieldGetList, { IncludeInactive: includeInactive }).pipe(map(r => [...(r.items ?? [])]))
    );
  }

  editions(): Observable<ContestEditionListItemDto[]> {
    return this.cached('editions', () => this.api.call(contestEditionGetList, {}).pipe(map(r => [...(r.items ?? [])])));
  }

  institutions(): Observable<InvestorDto[]> {
    return this.cached('institutions', () => this.api.call(institutionGetList, {}).pipe(map(r => [...(r.items ?? [])])));
  }

  /** Forget cached catalogues, e.g. after an edition was created, an industry field changed, or on sign-out. */
  invalidate(key?: 'editions' | 'institutions' | 'industry-fields'): void {
    if (key === 'industry-fields') {
      this.cache.delete('industry-fields:true');
      this.cache.delete('industry-fields:false');
    } else if (key) {
      this.cache.delete(key);
    } else {
      this.cache = new Map();
    }
  }

  private cached<T>(key: string, load: () => Observable<T>): Observable<T> {
    let entry = this.cache.get(key) as Observable<T> | undefined;
    if (!entry) {
      entry = load().pipe(shareReplay({ bufferSize: 1, refCount: false }));
      this.cache.set(key, entry);
      // A failed load is not cached: the next caller tries again.
      entry.subscribe({ error: () => this.cache.delete(key) });
    }
    return entry;
  }
}

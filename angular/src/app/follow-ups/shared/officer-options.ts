import { Injectable, inject } from '@angular/core';
import { Observable, catchError, map, of, shareReplay } from 'rxjs';
import { Roles } from '../../core/auth/permissions';
import { SessionService } from '../../core/auth/session.service';
import { ApiClient } from '../../core/http/api-client';
import { districtGetOfficers } from '../../proxy/fn/district/district-get-officers';

export interface OfficerOption {
  id: string;
  name: string;
}

/** The officers a plan or request of a district may go to; `complete` is false when only "me" is known. */
export interface OfficerChoices {
  options: OfficerOption[];
  complete: boolean;
}

/**
 * Plans and requests go to active district officers of the record's district
 * (GET /api/app/districts/{id}/officers, with Cultivation.FollowUps; an officer may ask for their own district).
 * Should the lookup fail, a district officer can still choose themselves.
 */
@Injectable({ providedIn: 'root' })
export class OfficerOptions {
  private readonly api = inject(ApiClient);
  private readonly session = inject(SessionService);
  private readonly cache = new Map<string, Observable<OfficerChoices>>();

  forDistrict(districtId: string): Observable<OfficerChoices> {
    let entry = this.cache.get(districtId);
    if (!entry) {
      entry = this.api.call(districtGetOfficers, { id: districtId }).pipe(
        map(result => ({ options: result.items.map(officer => ({ id: officer.id, name: officer.displayName })), complete: true })),
        catchError(() => of({ options: this.me(districtId), complete: false })),
        shareReplay({ bufferSize: 1, refCount: false })
      );
      this.cache.set(districtId, entry);
    }
    return entry;
  }

  private me(districtId: string): OfficerOption[] {
    const user = this.session.user();
    return user && user.districtId === districtId && this.session.hasRole(Roles.districtOfficer) ? [{ id: user.id, name: user.displayName }] : [];
  }
}

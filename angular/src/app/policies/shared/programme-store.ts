import { Injectable, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { ApiClient } from '../../core/http/api-client';
import { policyProgrammeGetList } from '../../proxy/fn/policy-programme/policy-programme-get-list';
import { PolicyProgrammeDto } from '../../proxy/models/policy-programme-dto';

/** The programmes with their rule-set versions (GET api/app/policy-programmes), read once and shared by the policy screens. */
@Injectable({ providedIn: 'root' })
export class ProgrammeStore {
  private readonly api = inject(ApiClient);
  private pending: Promise<PolicyProgrammeDto[]> | null = null;
  readonly programmes = signal<PolicyProgrammeDto[] | null>(null);

  load(force = false): Promise<PolicyProgrammeDto[]> {
    if (!this.pending || force) {
      this.pending = firstValueFrom(this.api.call(policyProgrammeGetList, {}))
        .then(result => {
          const items = [...(result.items ?? [])].sort((a, b) => a.displayOrder - b.displayOrder);
          this.programmes.set(items);
          return items;
        })
        .catch(error => {
          this.pending = null;
          throw error;
        });
    }
    return this.pending;
  }
}

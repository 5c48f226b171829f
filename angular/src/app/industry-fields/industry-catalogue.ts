import { Injectable, computed, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { ApiClient } from '../core/http/api-client';
import { ReferenceDataService } from '../core/reference/reference-data.service';
import { industryFieldCreate } from '../proxy/fn/industry-field/industry-field-create';
import { industryFieldDelete } from '../proxy/fn/industry-field/industry-field-delete';
import { industryFieldGetList } from '../proxy/fn/industry-field/industry-field-get-list';
import { industryFieldUpdate } from '../proxy/fn/industry-field/industry-field-update';
import { localIndustryCreate } from '../proxy/fn/local-industry/local-industry-create';
import { localIndustryGetList } from '../proxy/fn/local-industry/local-industry-get-list';
import { localIndustryUpdate } from '../proxy/fn/local-industry/local-industry-update';
import { CreateIndustryFieldDto } from '../proxy/models/create-industry-field-dto';
import { CreateLocalIndustryDto } from '../proxy/models/create-local-industry-dto';
import { IndustryFieldDto } from '../proxy/models/industry-field-dto';
import { LocalIndustryDto } from '../proxy/models/local-industry-dto';
import { UpdateIndustryFieldDto } from '../proxy/models/update-industry-field-dto';
import { UpdateLocalIndustryDto } from '../proxy/models/update-local-industry-dto';
import { fieldAsUpdate, groupLocals, localAsUpdate } from './industry-field-forms';

/** Puts a saved record in its list (replacing the one with its id, or adding it at the end). */
function upsert<T extends { id: string }>(list: readonly T[] | null, saved: T): T[] {
  const items = [...(list ?? [])];
  const index = items.findIndex(item => item.id === saved.id);
  if (index >= 0) {
    items[index] = saved;
  } else {
    items.push(saved);
  }
  return items;
}

/**
 * The industry catalogue as the administration page keeps it: the national fields and Shanghai's entries (retired ones
 * included), and every change to them. Each write answers the saved record, which replaces the row (no reload); the
 * catalogue the rest of the app caches is forgotten so pickers see the change. Errors are left to the caller.
 */
@Injectable()
export class IndustryCatalogue {
  private readonly api = inject(ApiClient);
  private readonly reference = inject(ReferenceDataService);

  readonly fields = signal<IndustryFieldDto[] | null>(null);
  readonly locals = signal<LocalIndustryDto[] | null>(null);
  readonly systems = computed(() => groupLocals(this.locals() ?? []));
  readonly pendingCount = computed(() => (this.locals() ?? []).filter(l => l.isActive && !l.mappingConfirmed).length);

  async load(): Promise<void> {
    const [fields, locals] = await Promise.all([
      firstValueFrom(this.api.call(industryFieldGetList, { IncludeInactive: true })),
      firstValueFrom(this.api.call(localIndustryGetList, { IncludeInactive: true }))
    ]);
    this.fields.set([...(fields.items ?? [])]);
    this.locals.set([...(locals.items ?? [])]);
  }

  fieldName(id: string): string | null {
    return this.fields()?.find(f => f.id === id)?.name ?? null;
  }

  async createField(body: CreateIndustryFieldDto): Promise<IndustryFieldDto> {
    return this.keepField(await firstValueFrom(this.api.call(industryFieldCreate, { body })));
  }

  async updateField(id: string, body: UpdateIndustryFieldDto): Promise<IndustryFieldDto> {
    return this.keepField(await firstValueFrom(this.api.call(industryFieldUpdate, { id, body })));
  }

  /** 停用 / 启用: the field stays on the enterprises that use it either way. */
  setFieldActive(field: IndustryFieldDto, isActive: boolean): Promise<IndustryFieldDto> {
    return this.updateField(field.id, { ...fieldAsUpdate(field), isActive });
  }

  /** Refused by the server (Cultivation:03002) while an enterprise uses the field. */
  async deleteField(field: IndustryFieldDto): Promise<void> {
    await firstValueFrom(this.api.call(industryFieldDelete, { id: field.id }));
    this.fields.update(fields => (fields ?? []).filter(f => f.id !== field.id));
    this.reference.invalidate('industry-fields');
  }

  async createLocal(body: CreateLocalIndustryDto): Promise<LocalIndustryDto> {
    return this.keepLocal(await firstValueFrom(this.api.call(localIndustryCreate, { body })));
  }

  async updateLocal(id: string, body: UpdateLocalIndustryDto): Promise<LocalIndustryDto> {
    return this.keepLocal(await firstValueFrom(this.api.call(localIndustryUpdate, { id, body })));
  }

  /** The administrator confirms the seeded mapping as it stands. */
  confirm(local: LocalIndustryDto): Promise<LocalIndustryDto> {
    return this.updateLocal(local.id, { ...localAsUpdate(local), mappingConfirmed: true });
  }

  /** The administrator chooses the national category: a deliberate choice, so it counts as confirmed. */
  remap(local: LocalIndustryDto, industryFieldId: string): Promise<LocalIndustryDto> {
    return this.updateLocal(local.id, { ...localAsUpdate(local), industryFieldId, mappingConfirmed: true });
  }

  setLocalActive(local: LocalIndustryDto, isActive: boolean): Promise<LocalIndustryDto> {
    return this.updateLocal(local.id, { ...localAsUpdate(local), isActive });
  }

  private keepField(saved: IndustryFieldDto): IndustryFieldDto {
    this.fields.update(fields => upsert(fields, saved));
    this.reference.invalidate('industry-fields');
    return saved;
  }

  private keepLocal(saved: LocalIndustryDto): LocalIndustryDto {
    this.locals.update(locals => upsert(locals, saved));
    return saved;
  }
}

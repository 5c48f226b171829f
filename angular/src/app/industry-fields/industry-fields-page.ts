import { Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzSkeletonModule } from 'ng-zorro-antd/skeleton';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTabsModule } from 'ng-zorro-antd/tabs';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { NzMessageService } from 'ng-zorro-antd/message';
import { Permissions } from '../core/auth/permissions';
import { SessionService } from '../core/auth/session.service';
import { ErrorNotifier } from '../core/errors/error-notifier';
import { isConcurrencyConflict, toProblem } from '../core/errors/problem';
import { I18nService } from '../core/i18n/i18n.service';
import { MessageKey } from '../core/i18n/messages.zh-CN';
import { TranslatePipe } from '../core/i18n/translate.pipe';
import { IndustryFieldDto } from '../proxy/models/industry-field-dto';
import { LocalIndustryDto } from '../proxy/models/local-industry-dto';
import { LocalNamePipe } from '../shared/format/local-name.pipe';
import { LoadFailed } from '../shared/ui/load-failed';
import { PageHeader } from '../shared/ui/page-header';
import { IndustryCatalogue } from './industry-catalogue';
import { IndustryFieldModal } from './industry-field-modal';
import { LocalIndustryModal } from './local-industry-modal';

/** The server's code for "an enterprise uses this field" (delete refused: retire it instead). */
export const FIELD_IN_USE = 'Cultivation:03002';

/**
 * 行业领域 administration (/admin/industry-fields): the national catalogue with its aliases, and Shanghai's own systems
 * grouped by system and group, each entry mapped to a national category that an administrator confirms.
 */
@Component({
  selector: 'app-industry-fields-page',
  imports: [
    FormsModule, NzAlertModule, NzButtonModule, NzCardModule, NzIconModule, NzPopconfirmModule, NzSelectModule, NzSkeletonModule, NzTableModule, NzTabsModule,
    NzTagModule, TranslatePipe, LocalNamePipe, LoadFailed, PageHeader, IndustryFieldModal, LocalIndustryModal
  ],
  providers: [IndustryCatalogue],
  templateUrl: './industry-fields-page.html',
  styleUrl: './industry-fields-page.scss'
})
export class IndustryFieldsPage {
  protected readonly catalogue = inject(IndustryCatalogue);
  private readonly session = inject(SessionService);
  private readonly notifier = inject(ErrorNotifier);
  private readonly message = inject(NzMessageService);
  private readonly i18n = inject(I18nService);

  protected readonly canCreate = computed(() => this.session.granted().has(Permissions.industryFields.create));
  protected readonly canDelete = computed(() => this.session.granted().has(Permissions.industryFields.delete));
  protected readonly loadError = signal<string | null>(null);
  /** The row an action is running on (its buttons show a spinner). */
  protected readonly busy = signal<string | null>(null);
  /** A delete the server refused because enterprises use the field: its message, and 停用 offered instead. */
  protected readonly refused = signal<{ field: IndustryFieldDto; message: string } | null>(null);
  protected readonly editingField = signal<{ field: IndustryFieldDto | null } | null>(null);
  protected readonly editingLocal = signal<{ local: LocalIndustryDto | null; preset: { system: string; group: string | null } | null } | null>(null);

  constructor() {
    void this.load();
  }

  protected async load(): Promise<void> {
    this.loadError.set(null);
    try {
      await this.catalogue.load();
    } catch (error) {
      this.loadError.set(this.notifier.describe(toProblem(error)));
    }
  }

  protected fieldName(id: string): string {
    const field = this.catalogue.fields()?.find(f => f.id === id);
    return field ? (this.i18n.language() === 'en' && field.englishName ? field.englishName : field.name) : '';
  }

  protected async setFieldActive(field: IndustryFieldDto, isActive: boolean): Promise<void> {
    if (await this.run(field.id, () => this.catalogue.setFieldActive(field, isActive))) {
      this.notifier.success(isActive ? 'industry.reactivated' : 'industry.retiredDone');
      if (this.refused()?.field.id === field.id) {
        this.refused.set(null);
      }
    }
  }

  protected async deleteField(field: IndustryFieldDto): Promise<void> {
    this.refused.set(null);
    this.busy.set(field.id);
    try {
      await this.catalogue.deleteField(field);
      this.notifier.success('common.deleted');
    } catch (error) {
      const problem = toProblem(error);
      if (problem.code === FIELD_IN_USE) {
        this.refused.set({ field, message: this.notifier.describe(problem) });
      } else {
        this.notifier.show(error);
      }
    } finally {
      this.busy.set(null);
    }
  }

  protected async confirm(local: LocalIndustryDto): Promise<void> {
    if (await this.run(local.id, () => this.catalogue.confirm(local))) {
      this.say('industry.confirmedDone', local);
    }
  }

  protected async remap(local: LocalIndustryDto, industryFieldId: string): Promise<void> {
    if (industryFieldId === local.industryFieldId) {
      return;
    }
    if (await this.run(local.id, () => this.catalogue.remap(local, industryFieldId))) {
      this.say('industry.remapped', { ...local, industryFieldId });
    } else {
      // The select shows the refused choice: a fresh row shows the mapping as it stands.
      this.catalogue.locals.update(locals => (locals ?? []).map(l => (l.id === local.id ? { ...l } : l)));
    }
  }

  protected async setLocalActive(local: LocalIndustryDto, isActive: boolean): Promise<void> {
    if (await this.run(local.id, () => this.catalogue.setLocalActive(local, isActive))) {
      this.notifier.success(isActive ? 'industry.reactivated' : 'industry.retiredDone');
    }
  }

  /** Runs one row's action; a failure (e.g. a stale stamp, a name already used) shows the server's message. */
  private async run(id: string, action: () => Promise<unknown>): Promise<boolean> {
    this.busy.set(id);
    try {
      await action();
      return true;
    } catch (error) {
      // Someone else changed the record since it was read: say so and show the current catalogue.
      if (isConcurrencyConflict(this.notifier.show(error))) {
        void this.load();
      }
      return false;
    } finally {
      this.busy.set(null);
    }
  }

  private say(key: MessageKey, local: LocalIndustryDto): void {
    this.message.success(this.i18n.t(key, { name: local.name, field: this.fieldName(local.industryFieldId) }));
  }
}

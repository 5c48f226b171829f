import { Component, computed, inject, input, output, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { ErrorNotifier } from '../../../core/errors/error-notifier';
import { ApiClient } from '../../../core/http/api-client';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { enterpriseContactDelete } from '../../../proxy/fn/enterprise-contact/enterprise-contact-delete';
import { EnterpriseContactDto } from '../../../proxy/models/enterprise-contact-dto';
import { EnterpriseDto } from '../../../proxy/models/enterprise-dto';
import { ContactFormModal } from './contact-form-modal';

@Component({
  selector: 'app-enterprise-contacts-tab',
  imports: [NzTableModule, NzButtonModule, NzIconModule, NzTagModule, NzPopconfirmModule, NzEmptyModule, NzAlertModule, TranslatePipe, ContactFormModal],
  template: `
    @if (!seesPersonalData()) {
      <nz-alert nzType="info" nzShowIcon [nzMessage]="'contact.maskedNotice' | t" class="form-alert" />
    }
    @if (canEdit()) {
      <div class="tab-actions">
        <button nz-button nzType="primary" (click)="editing.set({ contact: null })" data-testid="add-contact"><nz-icon nzType="plus" /> {{ 'contact.create' | t }}</button>
      </div>
    }
    <nz-table #table [nzData]="contacts()" [nzFrontPagination]="false" [nzShowPagination]="false" [nzScroll]="{ x: '720px' }" [nzNoResult]="empty" nzSize="small">
      <thead>
        <tr>
          <th>{{ 'contact.name' | t }}</th>
          <th>{{ 'DisplayName:Role' | t }}</th>
          <th>{{ 'DisplayName:Phone' | t }}</th>
          <th>{{ 'DisplayName:Email' | t }}</th>
          @if (canEdit()) { <th nzWidth="130px" nzRight>{{ 'common.actions' | t }}</th> }
        </tr>
      </thead>
      <tbody>
        @for (contact of table.data; track contact.id) {
          <tr data-testid="contact-row">
            <td>{{ contact.name }} @if (contact.isPrimary) { <nz-tag nzColor="blue">{{ 'contact.primary' | t }}</nz-tag> }</td>
            <td>{{ contact.role ?? '—' }}</td>
            <td data-testid="contact-phone">{{ contact.phone ?? '—' }}</td>
            <td>{{ contact.email ?? '—' }}</td>
            @if (canEdit()) {
              <td nzRight>
                <button nz-button nzType="link" nzSize="small" (click)="editing.set({ contact })">{{ 'common.edit' | t }}</button>
                <button nz-button nzType="link" nzSize="small" nzDanger nz-popconfirm [nzPopconfirmTitle]="'contact.deleteConfirm' | t" (nzOnConfirm)="remove(contact)">{{ 'common.delete' | t }}</button>
              </td>
            }
          </tr>
        }
      </tbody>
    </nz-table>
    <ng-template #empty><nz-empty [nzNotFoundContent]="'contact.empty' | t" /></ng-template>
    @if (editing(); as state) {
      <app-contact-form-modal [enterpriseId]="enterprise().id" [contact]="state.contact" (closed)="editing.set(null)" (saved)="onSaved()" />
    }
  `
})
export class EnterpriseContactsTab {
  private readonly api = inject(ApiClient);
  private readonly notifier = inject(ErrorNotifier);

  readonly enterprise = input.required<EnterpriseDto>();
  readonly canEdit = input(false);
  readonly seesPersonalData = input(false);
  readonly changed = output<void>();

  protected readonly contacts = computed(() => [...(this.enterprise().contacts ?? [])].sort((a, b) => Number(b.isPrimary) - Number(a.isPrimary)));
  protected readonly editing = signal<{ contact: EnterpriseContactDto | null } | null>(null);

  protected onSaved(): void {
    this.editing.set(null);
    this.changed.emit();
  }

  protected async remove(contact: EnterpriseContactDto): Promise<void> {
    try {
      await firstValueFrom(this.api.call(enterpriseContactDelete, { enterpriseId: this.enterprise().id, id: contact.id }));
      this.notifier.success('common.deleted');
      this.changed.emit();
    } catch (error) {
      this.notifier.show(error);
    }
  }
}

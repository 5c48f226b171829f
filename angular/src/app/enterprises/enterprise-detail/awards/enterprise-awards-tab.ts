import { Component, computed, inject, input, output, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { ErrorNotifier } from '../../../core/errors/error-notifier';
import { ApiClient } from '../../../core/http/api-client';
import { EnumLabelPipe, TranslatePipe } from '../../../core/i18n/translate.pipe';
import { awardRecordDelete } from '../../../proxy/fn/award-record/award-record-delete';
import { AwardRecordDto } from '../../../proxy/models/award-record-dto';
import { EnterpriseDto } from '../../../proxy/models/enterprise-dto';
import { AwardFormModal } from './award-form-modal';

@Component({
  selector: 'app-enterprise-awards-tab',
  imports: [NzTableModule, NzButtonModule, NzIconModule, NzTagModule, NzPopconfirmModule, NzEmptyModule, TranslatePipe, EnumLabelPipe, AwardFormModal],
  template: `
    @if (canEdit()) {
      <div class="tab-actions">
        <button nz-button nzType="primary" (click)="open(null)" data-testid="add-award"><nz-icon nzType="plus" /> {{ 'award.create' | t }}</button>
      </div>
    }
    <nz-table #table [nzData]="awards()" [nzFrontPagination]="false" [nzShowPagination]="false" [nzScroll]="{ x: '900px' }" [nzNoResult]="empty" nzSize="small">
      <thead>
        <tr>
          <th nzWidth="80px">{{ 'DisplayName:EditionId' | t }}</th>
          <th nzWidth="90px">{{ 'DisplayName:Track' | t }}</th>
          <th nzWidth="90px">{{ 'DisplayName:StageReached' | t }}</th>
          <th nzWidth="90px">{{ 'DisplayName:PrizeLevel' | t }}</th>
          <th>{{ 'award.projectName' | t }}</th>
          <th nzWidth="180px">{{ 'DisplayName:NationalAdvancement' | t }}</th>
          <th nzWidth="110px">{{ 'DisplayName:NationalPrize' | t }}</th>
          @if (canEdit()) { <th nzWidth="130px" nzRight>{{ 'common.actions' | t }}</th> }
        </tr>
      </thead>
      <tbody>
        @for (award of table.data; track award.id) {
          <tr>
            <td>{{ award.editionYear }}</td>
            <td>{{ award.track | enumLabel: 'ContestTrack' }}</td>
            <td>{{ award.stageReached | enumLabel: 'ContestStage' }}</td>
            <td>
              @if (award.prizeLevel) { <nz-tag nzColor="gold">{{ award.prizeLevel | enumLabel: 'PrizeLevel' }}</nz-tag> } @else { — }
            </td>
            <td>{{ award.projectName }}</td>
            <td>
              @if (award.nationalAdvancement) {
                {{ award.nationalAdvancement | enumLabel: 'NationalAdvancement' }}@if (award.nationalAdvancementYear) { （{{ award.nationalAdvancementYear }}） }
              } @else { — }
            </td>
            <td>{{ award.nationalPrize ? (award.nationalPrize | enumLabel: 'PrizeLevel') : '—' }}</td>
            @if (canEdit()) {
              <td nzRight>
                <button nz-button nzType="link" nzSize="small" (click)="open(award)">{{ 'common.edit' | t }}</button>
                <button nz-button nzType="link" nzSize="small" nzDanger nz-popconfirm [nzPopconfirmTitle]="'award.deleteConfirm' | t" (nzOnConfirm)="remove(award)">{{ 'common.delete' | t }}</button>
              </td>
            }
          </tr>
        }
      </tbody>
    </nz-table>
    <ng-template #empty><nz-empty [nzNotFoundContent]="'award.empty' | t" /></ng-template>
    @if (editing(); as state) {
      <app-award-form-modal [enterpriseId]="enterprise().id" [award]="state.award" (closed)="editing.set(null)" (saved)="onSaved()" />
    }
  `
})
export class EnterpriseAwardsTab {
  private readonly api = inject(ApiClient);
  private readonly notifier = inject(ErrorNotifier);

  readonly enterprise = input.required<EnterpriseDto>();
  readonly canEdit = input(false);
  readonly changed = output<void>();

  protected readonly awards = computed(() => [...(this.enterprise().awards ?? [])].sort((a, b) => (b.editionYear ?? 0) - (a.editionYear ?? 0)));
  protected readonly editing = signal<{ award: AwardRecordDto | null } | null>(null);

  protected open(award: AwardRecordDto | null): void {
    this.editing.set({ award });
  }

  protected onSaved(): void {
    this.editing.set(null);
    this.changed.emit();
  }

  protected async remove(award: AwardRecordDto): Promise<void> {
    try {
      await firstValueFrom(this.api.call(awardRecordDelete, { enterpriseId: this.enterprise().id, id: award.id }));
      this.notifier.success('common.deleted');
      this.changed.emit();
    } catch (error) {
      this.notifier.show(error);
    }
  }
}

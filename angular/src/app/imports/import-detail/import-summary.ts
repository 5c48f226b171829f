import { Component, computed, input } from '@angular/core';
import { NzDescriptionsModule } from 'ng-zorro-antd/descriptions';
import { EnumLabelPipe, TranslatePipe } from '../../core/i18n/translate.pipe';
import { ImportBatchDto } from '../../proxy/models/import-batch-dto';
import { AppDatePipe } from '../../shared/format/format.pipes';
import { fileSize } from '../shared/import-state';

/** An import's facts (file, kind, edition, who and when) and its row counts. */
@Component({
  selector: 'app-import-summary',
  imports: [NzDescriptionsModule, TranslatePipe, EnumLabelPipe, AppDatePipe],
  template: `
    @let b = batch();
    <nz-descriptions [nzColumn]="{ xxl: 3, xl: 3, lg: 2, md: 2, sm: 1, xs: 1 }" nzSize="small" data-testid="import-summary">
      <nz-descriptions-item [nzTitle]="'import.kind' | t">{{ b.kind | enumLabel: 'ImportKind' }}</nz-descriptions-item>
      @if (b.kind !== 'YearlyFigures') {
        <nz-descriptions-item [nzTitle]="'DisplayName:EditionId' | t">{{ editionName() ?? ('import.editionAny' | t) }}</nz-descriptions-item>
      }
      <nz-descriptions-item [nzTitle]="'import.fileSize' | t">
        {{ size(b.fileSize) }} · {{ b.fileFormat }}@if (b.textEncoding) { · {{ b.textEncoding }} }
      </nz-descriptions-item>
      <nz-descriptions-item [nzTitle]="'import.created' | t">{{ 'import.byAt' | t: { user: b.creatorName ?? '—', time: (b.creationTime | appDate: true) } }}</nz-descriptions-item>
      @if (b.validatedTime) {
        <nz-descriptions-item [nzTitle]="'import.validated' | t">{{ b.validatedTime | appDate: true }}</nz-descriptions-item>
      }
      @if (b.committedTime) {
        <nz-descriptions-item [nzTitle]="'import.committed' | t">{{ 'import.byAt' | t: { user: b.committerName ?? '—', time: (b.committedTime | appDate: true) } }}</nz-descriptions-item>
      }
      @if (b.revertedTime) {
        <nz-descriptions-item [nzTitle]="'import.reverted' | t">{{ 'import.byAt' | t: { user: b.reverterName ?? '—', time: (b.revertedTime | appDate: true) } }}</nz-descriptions-item>
      }
    </nz-descriptions>
    <div class="stats" data-testid="import-stats">
      @for (stat of stats(); track stat.key) {
        <div class="stat" [class]="stat.tone" [attr.data-stat]="stat.name">
          <div class="stat-value">{{ stat.value }}</div>
          <div class="stat-label">{{ stat.key | t }}</div>
        </div>
      }
    </div>
  `,
  styles: `
    .stats { display: grid; grid-template-columns: repeat(auto-fill, minmax(96px, 1fr)); gap: 8px; margin-top: 12px; }
    .stat { padding: 8px 12px; border-radius: 8px; background: #f6f8fb; }
    .stat-value { font-size: 22px; font-weight: 600; font-variant-numeric: tabular-nums; }
    .stat-label { color: rgba(0, 0, 0, 0.55); font-size: 12px; }
    .stat.error .stat-value { color: #cf1322; }
    .stat.warning .stat-value { color: #d46b08; }
    .stat.good .stat-value { color: #389e0d; }
  `
})
export class ImportSummary {
  readonly batch = input.required<ImportBatchDto>();
  readonly editionName = input<string | null>(null);
  protected readonly size = fileSize;

  protected readonly stats = computed(() => {
    const b = this.batch();
    const tone = (value: number, kind: string) => (value > 0 ? kind : '');
    return [
      { name: 'total', key: 'import.stat.total' as const, value: b.rowsTotal, tone: '' },
      { name: 'ok', key: 'import.stat.ok' as const, value: b.okRows, tone: tone(b.okRows, 'good') },
      { name: 'warning', key: 'import.stat.warning' as const, value: b.warningRows, tone: tone(b.warningRows, 'warning') },
      { name: 'error', key: 'import.stat.error' as const, value: b.errorRows, tone: tone(b.errorRows, 'error') },
      { name: 'create', key: 'import.stat.create' as const, value: b.createRows, tone: '' },
      { name: 'update', key: 'import.stat.update' as const, value: b.updateRows, tone: '' },
      { name: 'unchanged', key: 'import.stat.unchanged' as const, value: b.unchangedRows, tone: '' },
      { name: 'duplicate', key: 'import.stat.duplicate' as const, value: b.duplicateRows, tone: tone(b.duplicateRows, 'warning') },
      { name: 'review', key: 'import.stat.review' as const, value: b.reviewRows, tone: tone(b.reviewRows, 'warning') }
    ];
  });
}

import { Component, computed, inject, input, output, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzTableModule } from 'ng-zorro-antd/table';
import { ErrorNotifier } from '../../../core/errors/error-notifier';
import { ApiClient } from '../../../core/http/api-client';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { enterpriseFiguresDelete } from '../../../proxy/fn/enterprise-figures/enterprise-figures-delete';
import { EnterpriseDto } from '../../../proxy/models/enterprise-dto';
import { EnterpriseFiguresDto } from '../../../proxy/models/enterprise-figures-dto';
import { CountPipe, FractionPipe, WanYuanPipe } from '../../../shared/format/format.pipes';
import { FiguresChart } from './figures-chart';
import { FiguresFormModal } from './figures-form-modal';

/** Yearly figures: a chart of revenue and R&D, the table with derived ratios, and editing per year. */
@Component({
  selector: 'app-enterprise-figures-tab',
  imports: [NzTableModule, NzButtonModule, NzIconModule, NzPopconfirmModule, NzEmptyModule, TranslatePipe, WanYuanPipe, FractionPipe, CountPipe, FiguresChart, FiguresFormModal],
  templateUrl: './enterprise-figures-tab.html'
})
export class EnterpriseFiguresTab {
  private readonly api = inject(ApiClient);
  private readonly notifier = inject(ErrorNotifier);

  readonly enterprise = input.required<EnterpriseDto>();
  readonly canEdit = input(false);
  readonly changed = output<void>();

  protected readonly figures = computed(() => [...(this.enterprise().figures ?? [])].sort((a, b) => (b.year ?? 0) - (a.year ?? 0)));
  protected readonly years = computed(() => this.figures().map(f => f.year ?? 0));
  protected readonly editing = signal<{ figures: EnterpriseFiguresDto | null } | null>(null);

  protected onSaved(): void {
    this.editing.set(null);
    this.changed.emit();
  }

  protected async remove(figures: EnterpriseFiguresDto): Promise<void> {
    try {
      await firstValueFrom(this.api.call(enterpriseFiguresDelete, { enterpriseId: this.enterprise().id, year: figures.year }));
      this.notifier.success('common.deleted');
      this.changed.emit();
    } catch (error) {
      this.notifier.show(error);
    }
  }
}

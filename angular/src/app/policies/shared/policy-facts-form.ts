import { Component, inject, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { I18nService } from '../../core/i18n/i18n.service';
import { MessageKey } from '../../core/i18n/messages.zh-CN';
import { EnumLabelPipe, TranslatePipe } from '../../core/i18n/translate.pipe';
import { PolicyProgrammeDto } from '../../proxy/models/policy-programme-dto';
import { FactsForm, createHonourGroup, createRoundGroup, createTitleGroup, createYearGroup } from './facts-form';
import { CONFIRMATIONS, HONOUR_KINDS, RD_INSTITUTION_LEVELS } from './measure-catalog';

type YearField = 'operatingRevenue' | 'mainBusinessRevenue' | 'rdExpense' | 'rdStaff' | 'employees' | 'totalAssets' | 'totalLiabilities' | 'netProfit';

/** The facts an assessment reads, typed in: yearly figures (万元), financing, honours, titles, market and IP, confirmations. */
@Component({
  selector: 'app-policy-facts-form',
  imports: [
    ReactiveFormsModule, NzButtonModule, NzCheckboxModule, NzDatePickerModule, NzFormModule, NzIconModule,
    NzInputNumberModule, NzRadioModule, NzSelectModule, TranslatePipe, EnumLabelPipe
  ],
  templateUrl: './policy-facts-form.html',
  styleUrl: './policy-facts-form.scss'
})
export class PolicyFactsForm {
  protected readonly i18n = inject(I18nService);
  readonly form = input.required<FactsForm>();
  /** For the titles held (a title is named by the programme that grants it). */
  readonly programmes = input<PolicyProgrammeDto[]>([]);

  protected readonly yearFields: { key: YearField; label: MessageKey; count?: boolean }[] = [
    { key: 'operatingRevenue', label: 'pol.f.operatingRevenue' },
    { key: 'mainBusinessRevenue', label: 'pol.f.mainBusinessRevenue' },
    { key: 'rdExpense', label: 'pol.f.rdExpense' },
    { key: 'netProfit', label: 'pol.f.netProfit' },
    { key: 'totalAssets', label: 'pol.f.totalAssets' },
    { key: 'totalLiabilities', label: 'pol.f.totalLiabilities' },
    { key: 'employees', label: 'pol.f.employees', count: true },
    { key: 'rdStaff', label: 'pol.f.rdStaff', count: true }
  ];
  protected readonly confirmations = CONFIRMATIONS;
  protected readonly honourKinds = HONOUR_KINDS;
  protected readonly rdLevels = RD_INSTITUTION_LEVELS;

  protected addYear(): void {
    const years = this.form().controls.years;
    const oldest = Math.min(...years.getRawValue().map(y => y.year), new Date().getFullYear());
    years.push(createYearGroup(oldest - 1));
  }

  protected removeYear(index: number): void {
    this.form().controls.years.removeAt(index);
  }

  protected addRound(): void {
    this.form().controls.financingKnown.setValue(true);
    this.form().controls.financingRounds.push(createRoundGroup());
  }

  protected addHonour(): void {
    this.form().controls.honoursKnown.setValue(true);
    this.form().controls.honours.push(createHonourGroup());
  }

  protected addTitle(): void {
    this.form().controls.titlesKnown.setValue(true);
    this.form().controls.titles.push(createTitleGroup());
  }

  protected confirmationLabel(c: { zh: string; en: string }): string {
    return this.i18n.language() === 'en' ? c.en : c.zh;
  }

  protected programmeName(p: PolicyProgrammeDto): string {
    return this.i18n.language() === 'en' ? p.englishName : p.name;
  }
}

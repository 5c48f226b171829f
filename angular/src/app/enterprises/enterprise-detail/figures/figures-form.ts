import { FormControl, FormGroup, Validators } from '@angular/forms';
import { EnterpriseFiguresDto } from '../../../proxy/models/enterprise-figures-dto';
import { UpdateEnterpriseFiguresDto } from '../../../proxy/models/update-enterprise-figures-dto';
import { wanToYuan, yuanToWan } from '../../../shared/format/money';
import { integerValidator, notGreaterThanValidator } from '../../../shared/validators/form-validators';

/** Amount fields are entered in 万元 and sent in yuan. */
export const AMOUNT_FIELDS = ['operatingRevenue', 'mainBusinessRevenue', 'rdExpense', 'totalAssets', 'totalLiabilities', 'netProfit', 'equityFinancingRaised'] as const;
export const COUNT_FIELDS = ['employees', 'rdStaff', 'ipClassI', 'ipClassIHighValue', 'ipClassII', 'nicheMarketYears'] as const;
export type AmountField = (typeof AMOUNT_FIELDS)[number];
export type CountField = (typeof COUNT_FIELDS)[number];

const MAX_WAN = 999_999_999_999;
const COUNT_MAX: Record<CountField, number> = {
  employees: 10_000_000, rdStaff: 10_000_000, ipClassI: 100_000, ipClassIHighValue: 100_000, ipClassII: 100_000, nicheMarketYears: 200
};

function amount(min = 0) {
  return new FormControl<number | null>(null, [Validators.min(min), Validators.max(MAX_WAN)]);
}

function count(field: CountField) {
  return new FormControl<number | null>(null, [Validators.min(0), Validators.max(COUNT_MAX[field]), integerValidator]);
}

export function createFiguresForm(minYear: number, maxYear: number) {
  return new FormGroup(
    {
      year: new FormControl<number | null>(null, [Validators.required, Validators.min(minYear), Validators.max(maxYear), integerValidator]),
      operatingRevenue: amount(),
      mainBusinessRevenue: amount(),
      rdExpense: amount(),
      totalAssets: amount(),
      totalLiabilities: amount(),
      netProfit: amount(-MAX_WAN),
      equityFinancingRaised: amount(),
      employees: count('employees'),
      rdStaff: count('rdStaff'),
      ipClassI: count('ipClassI'),
      ipClassIHighValue: count('ipClassIHighValue'),
      ipClassII: count('ipClassII'),
      nicheMarketYears: count('nicheMarketYears')
    },
    {
      validators: [
        notGreaterThanValidator('mainBusinessRevenue', 'operatingRevenue', 'DisplayName:OperatingRevenue'),
        notGreaterThanValidator('rdStaff', 'employees', 'DisplayName:Employees'),
        notGreaterThanValidator('ipClassIHighValue', 'ipClassI', 'DisplayName:IpClassI')
      ]
    }
  );
}

export type FiguresForm = ReturnType<typeof createFiguresForm>;

export function fillFiguresForm(form: FiguresForm, figures: EnterpriseFiguresDto): void {
  const value: Record<string, number | null> = { year: figures.year ?? null };
  for (const field of AMOUNT_FIELDS) {
    value[field] = yuanToWan(figures[field]);
  }
  for (const field of COUNT_FIELDS) {
    value[field] = figures[field] ?? null;
  }
  form.reset(value);
}

export function toFiguresDto(form: FiguresForm, concurrencyStamp: string | null): UpdateEnterpriseFiguresDto {
  const value = form.getRawValue();
  const dto: UpdateEnterpriseFiguresDto = { concurrencyStamp };
  for (const field of AMOUNT_FIELDS) {
    dto[field] = wanToYuan(value[field]);
  }
  for (const field of COUNT_FIELDS) {
    dto[field] = value[field];
  }
  return dto;
}

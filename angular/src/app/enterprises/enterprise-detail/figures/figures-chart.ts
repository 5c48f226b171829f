import { Component, computed, inject, input } from '@angular/core';
import { NgxEchartsDirective } from 'ngx-echarts';
import type { EChartsCoreOption } from 'echarts/core';
import { I18nService } from '../../../core/i18n/i18n.service';
import { EnterpriseFiguresDto } from '../../../proxy/models/enterprise-figures-dto';
import { yuanToWan } from '../../../shared/format/money';
import { LAZY_ECHARTS } from '../../../shared/charts/echarts';

/** Revenue and R&D spending by year (bars, 万元) with R&D intensity (line, %). */
export function figuresChartOptions(figures: readonly EnterpriseFiguresDto[], labels: { revenue: string; rd: string; intensity: string; unit: string }): EChartsCoreOption {
  const rows = [...figures].sort((a, b) => (a.year ?? 0) - (b.year ?? 0));
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 8, right: 8, bottom: 8, top: 40, containLabel: true },
    xAxis: { type: 'category', data: rows.map(r => String(r.year)) },
    yAxis: [
      { type: 'value', name: labels.unit, axisLabel: { formatter: (v: number) => v.toLocaleString() } },
      { type: 'value', name: '%', splitLine: { show: false } }
    ],
    series: [
      { name: labels.revenue, type: 'bar', data: rows.map(r => yuanToWan(r.operatingRevenue)), itemStyle: { color: '#1677ff' } },
      { name: labels.rd, type: 'bar', data: rows.map(r => yuanToWan(r.rdExpense)), itemStyle: { color: '#52c41a' } },
      {
        name: labels.intensity,
        type: 'line',
        yAxisIndex: 1,
        data: rows.map(r => (r.rdIntensity === null || r.rdIntensity === undefined ? null : Math.round(r.rdIntensity * 1000) / 10)),
        itemStyle: { color: '#fa8c16' }
      }
    ]
  };
}

@Component({
  selector: 'app-figures-chart',
  imports: [NgxEchartsDirective],
  providers: [LAZY_ECHARTS],
  template: `<div echarts [options]="options()" class="figures-chart" data-testid="figures-chart"></div>`,
  styles: `.figures-chart { height: 320px; width: 100%; } @media (max-width: 767.98px) { .figures-chart { height: 260px; } }`
})
export class FiguresChart {
  private readonly i18n = inject(I18nService);

  readonly figures = input.required<readonly EnterpriseFiguresDto[]>();

  protected readonly options = computed(() =>
    figuresChartOptions(this.figures(), {
      revenue: this.i18n.t('DisplayName:OperatingRevenue'),
      rd: this.i18n.t('DisplayName:RdExpense'),
      intensity: this.i18n.t('figures.rdIntensity'),
      unit: this.i18n.t('figures.unitWan')
    })
  );
}

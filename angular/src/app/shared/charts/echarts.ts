import { provideEchartsCore } from 'ngx-echarts';

/**
 * ECharts (~1 MB) is fetched only when a chart is first shown. Provided by the components that draw
 * charts, so no route (and no route file on the start-up path) has to carry it.
 */
export const LAZY_ECHARTS = provideEchartsCore({ echarts: () => import('echarts') });

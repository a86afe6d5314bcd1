import type { CapacityFigures, CapacityResponse } from '@qingshan/domain';
import { BarChart, ScatterChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useTranslation } from 'react-i18next';

echarts.use([BarChart, ScatterChart, GridComponent, TooltipComponent, LegendComponent, CanvasRenderer]);

const colors = { met: '#52c41a', missed: '#f5222d', notJudged: '#bfbfbf', target: '#1f1f1f' };

/**
 * The three rates of one agency against their targets: bars for the actual rates (red where the
 * target is missed), a mark for each target.
 */
export function CapacityChart({
  figures,
  thresholds,
}: {
  figures: CapacityFigures;
  thresholds: CapacityResponse['thresholds'];
}) {
  const { t } = useTranslation();
  const indicators = [
    {
      label: t('capacity.columns.vacancy'),
      indicator: figures.indicators.vacancy,
      target: thresholds.maxVacancyRatePercent,
    },
    {
      label: t('capacity.columns.onDutyRate'),
      indicator: figures.indicators.onDuty,
      target: thresholds.minOnDutyRatePercent,
    },
    {
      label: t('capacity.columns.certificate'),
      indicator: figures.indicators.certificate,
      target: thresholds.certificateRatePercent,
    },
  ];
  const option = {
    animationDuration: 400,
    grid: { left: 48, right: 16, top: 36, bottom: 28 },
    legend: { top: 0, data: [t('capacity.chart.value'), t('capacity.chart.target')] },
    tooltip: {
      trigger: 'axis',
      valueFormatter: (value: number | null) => (value === null ? '—' : `${value}%`),
    },
    xAxis: { type: 'category', data: indicators.map((entry) => entry.label) },
    yAxis: { type: 'value', min: 0, max: 100, name: t('capacity.chart.rates'), nameGap: 12 },
    series: [
      {
        name: t('capacity.chart.value'),
        type: 'bar',
        barMaxWidth: 48,
        label: {
          show: true,
          position: 'top',
          formatter: ({ value }: { value: number | null }) => (value === null ? '—' : `${value}%`),
        },
        data: indicators.map(({ indicator }) => ({
          value: indicator.value,
          itemStyle: {
            color:
              indicator.isMet === false
                ? colors.missed
                : indicator.isMet === true
                  ? colors.met
                  : colors.notJudged,
          },
        })),
      },
      {
        name: t('capacity.chart.target'),
        type: 'scatter',
        symbol: 'rect',
        symbolSize: [56, 3],
        itemStyle: { color: colors.target },
        data: indicators.map((entry) => entry.target),
      },
    ],
  };
  return (
    <div data-testid="capacity-chart">
      <ReactEChartsCore echarts={echarts} option={option} style={{ height: 260 }} notMerge />
    </div>
  );
}

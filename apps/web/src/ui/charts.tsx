/*
 * Every chart comes through here. Mantine's charts (recharts underneath, about 100 KB gzipped) are
 * loaded when the first chart is drawn, not with the page: the page's figures show at once and
 * its charts follow, and the console's first load stays within its budget (bench:web). Chart
 * geometry takes numbers; amounts shown in a tooltip or an axis come from the API's decimal
 * strings through formatMoney, never from the plotted number.
 */
import { Skeleton } from '@mantine/core';
import type * as Charts from '@mantine/charts';
import { type ComponentProps, type ComponentType, lazy, Suspense } from 'react';

type ChartName = 'AreaChart' | 'BarChart' | 'CompositeChart' | 'DonutChart' | 'LineChart';

const chartComponents = () => import('./chart-components');

function lazyChart<Name extends ChartName>(name: Name) {
  type Props = ComponentProps<(typeof Charts)[Name]>;
  const Loaded = lazy(async () => ({ default: (await chartComponents())[name] as ComponentType<Props> }));
  function Chart(props: Props) {
    // The placeholder takes the chart's height, so nothing below it moves when the chart arrives.
    const height = (props as { h?: number | string }).h ?? 300;
    return (
      <Suspense fallback={<Skeleton h={height} radius="md" aria-hidden />}>
        <Loaded {...props} />
      </Suspense>
    );
  }
  Chart.displayName = name;
  return Chart;
}

export const AreaChart = lazyChart('AreaChart');
export const BarChart = lazyChart('BarChart');
export const CompositeChart = lazyChart('CompositeChart');
export const DonutChart = lazyChart('DonutChart');
export const LineChart = lazyChart('LineChart');

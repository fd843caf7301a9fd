/* The charts themselves, with their styles: loaded by charts.tsx when a chart is first drawn. */
import '@mantine/charts/styles.css';

export { AreaChart, BarChart, CompositeChart, DonutChart, LineChart } from '@mantine/charts';

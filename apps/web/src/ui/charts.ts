/*
 * Every chart comes through here: Mantine's charts (recharts underneath) with their styles, so that
 * only the pages that draw a chart load them. Chart geometry takes numbers; amounts shown in a
 * tooltip or an axis come from the API's decimal strings through formatMoney, never from the
 * plotted number.
 */
import '@mantine/charts/styles.css';

export { AreaChart, BarChart, CompositeChart, DonutChart, LineChart } from '@mantine/charts';

import { ColorSwatch, Group, Paper, Text } from '@mantine/core';
import { formatMoney } from '../../lib/money';

/** A chart row: the numbers drawn, and the API's decimal strings that the tooltip shows. */
export interface MoneyChartRow {
  [series: string]: unknown;
  amounts: Record<string, string>;
}

interface TooltipItem {
  dataKey?: unknown;
  color?: string;
  payload?: MoneyChartRow;
}

/**
 * The tooltip of a chart of amounts: each bar's amount as the API sent it (exact, formatted), not
 * the float the bar was drawn from.
 */
export function MoneyTooltip({
  label,
  payload,
  currency,
  labels,
}: {
  label?: unknown;
  payload?: readonly TooltipItem[];
  currency: string;
  labels: Record<string, string>;
}) {
  if (!payload?.length) return null;
  return (
    <Paper withBorder shadow="md" radius="md" p="sm">
      <Text fw={600} size="sm" mb={4}>
        {String(label ?? '')}
      </Text>
      {payload.map((item) => {
        const key = String(item.dataKey);
        const amount = item.payload?.amounts[key];
        return (
          <Group key={key} gap="xs" justify="space-between" wrap="nowrap">
            <Group gap={6} wrap="nowrap">
              <ColorSwatch color={item.color ?? 'gray'} size={10} withShadow={false} />
              <Text size="xs">{labels[key] ?? key}</Text>
            </Group>
            <Text size="xs" fw={500} style={{ fontVariantNumeric: 'tabular-nums' }}>
              {amount === undefined ? '—' : formatMoney(amount, currency)}
            </Text>
          </Group>
        );
      })}
    </Paper>
  );
}

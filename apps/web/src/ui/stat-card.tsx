import { Card, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * One figure of a stats strip: its name, its value, and an optional line under it (the change
 * against the previous period, or what it is made of). Give `change` a tone so that a rise in a
 * cost is not shown in the colour of good news.
 */
export function StatCard({
  label,
  value,
  change,
  tone = 'neutral',
}: {
  label: string;
  value: ReactNode;
  change?: ReactNode;
  tone?: 'good' | 'bad' | 'neutral';
}) {
  // Shade 9 of each: the small change line needs 4.5:1 against the card (teal.8 has 3.8:1).
  const color = tone === 'good' ? 'teal.9' : tone === 'bad' ? 'red.9' : 'dimmed';
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-label={label}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Group gap="xs" align="baseline" mt={4}>
        <Text fz="xl" fw={700} style={{ fontVariantNumeric: 'tabular-nums' }}>
          {value}
        </Text>
      </Group>
      {change ? (
        <Text size="xs" c={color} mt={4}>
          {change}
        </Text>
      ) : null}
    </Card>
  );
}

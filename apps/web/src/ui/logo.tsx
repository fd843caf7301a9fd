import { Group, Text } from '@mantine/core';

/** The Partnermix mark and name. */
export function Logo({ size = 28 }: { size?: number }) {
  return (
    <Group gap={8} wrap="nowrap">
      <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden focusable="false">
        <rect width="32" height="32" rx="7" fill="var(--mantine-color-brand-8)" />
        <path d="M9 23V9h7.5a4.5 4.5 0 0 1 0 9H13v5z" fill="#fff" />
      </svg>
      <Text fw={700} fz="lg" c="dark.8">
        Partnermix
      </Text>
    </Group>
  );
}

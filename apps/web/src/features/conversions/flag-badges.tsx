import { Badge, Group, Text } from '@mantine/core';
import { IconFlag } from '@tabler/icons-react';
import { flagLabel } from './conversion-labels';

/** A conversion's quality flags, or a dash when it has none. */
export function FlagBadges({ flags }: { flags: string[] }) {
  if (flags.length === 0)
    return (
      <Text size="sm" c="dimmed" aria-label="No flags">
        —
      </Text>
    );
  return (
    <Group gap={4}>
      {flags.map((code) => (
        <Badge
          key={code}
          color="red"
          variant="outline"
          radius="sm"
          leftSection={<IconFlag size={12} aria-hidden />}
          tt="none"
        >
          {flagLabel(code)}
        </Badge>
      ))}
    </Group>
  );
}

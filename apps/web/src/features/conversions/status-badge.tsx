import { Badge } from '@mantine/core';
import type { ConversionStatus } from './conversion-filters';
import { STATUS_COLORS, STATUS_LABELS } from './conversion-labels';

/** A conversion's status, in words (the colour only repeats them). */
export function StatusBadge({ status }: { status: string }) {
  const known = status as ConversionStatus;
  return (
    <Badge color={STATUS_COLORS[known] ?? 'gray'} variant="light" radius="sm" tt="none">
      {STATUS_LABELS[known] ?? status}
    </Badge>
  );
}

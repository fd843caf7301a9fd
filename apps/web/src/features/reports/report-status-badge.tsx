import { Badge } from '@mantine/core';
import type { ReportStatus } from '../../api/types';

const STATUS: Record<ReportStatus, { label: string; color: string }> = {
  queued: { label: 'Queued', color: 'gray' },
  running: { label: 'Building', color: 'blue' },
  done: { label: 'Ready', color: 'teal' },
  failed: { label: 'Failed', color: 'red' },
};

/** Where a report stands: queued for the worker, being built, ready or failed. */
export function ReportStatusBadge({ status }: { status: ReportStatus }) {
  const { label, color } = STATUS[status];
  return (
    <Badge color={color} variant="light">
      {label}
    </Badge>
  );
}

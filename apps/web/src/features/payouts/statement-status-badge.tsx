import { Badge } from '@mantine/core';
import type { StatementStatus } from '../../api/types';

/** Issued (to be paid, or carrying its balance) or paid. */
export function StatementStatusBadge({ status }: { status: StatementStatus }) {
  return (
    <Badge variant="light" color={status === 'paid' ? 'teal' : 'gray'} radius="sm" miw="max-content">
      {status === 'paid' ? 'Paid' : 'Issued'}
    </Badge>
  );
}

import { Badge } from '@mantine/core';

/** Active or suspended, in words and colour (a suspended partner's clicks earn nothing). */
export function PartnerStatusBadge({ status }: { status: 'active' | 'suspended' }) {
  return status === 'active' ? (
    <Badge color="teal" variant="light">
      Active
    </Badge>
  ) : (
    <Badge color="gray" variant="light">
      Suspended
    </Badge>
  );
}

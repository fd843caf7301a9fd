import { Badge } from '@mantine/core';

const STATUS: Record<string, { label: string; color: string }> = {
  active: { label: 'Active', color: 'green' },
  disabled: { label: 'Disabled', color: 'red' },
  pending: { label: 'Pending', color: 'brand' },
  delivered: { label: 'Delivered', color: 'green' },
  dead: { label: 'Failed', color: 'red' },
};

/** The state of an endpoint (active, disabled) or of a delivery (pending, delivered, failed). */
export function WebhookStatusBadge({ status }: { status: string }) {
  const shown = STATUS[status] ?? { label: status, color: 'gray' };
  return (
    <Badge variant="light" color={shown.color} miw="max-content">
      {shown.label}
    </Badge>
  );
}

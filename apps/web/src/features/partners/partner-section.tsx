import { Card, Group, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** One part of a partner's page: a card with its heading and its actions on the right. */
export function PartnerSection({
  id,
  title,
  actions,
  children,
}: {
  id: string;
  title: string;
  actions?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={id}>
      <Group justify="space-between" align="center" mb="md" wrap="wrap" gap="sm">
        <Title id={id} order={2} fz="h4">
          {title}
        </Title>
        {actions ? <Group gap="sm">{actions}</Group> : null}
      </Group>
      {children}
    </Card>
  );
}

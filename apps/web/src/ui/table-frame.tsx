import { Card, Table } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * The card a table sits in. Below `minWidth` it scrolls sideways, and the scrolling box can be
 * focused so that keyboard users can scroll it too (axe: scrollable-region-focusable).
 */
export function TableFrame({ label, minWidth, children }: { label: string; minWidth: number; children: ReactNode }) {
  return (
    <Card withBorder radius="md" padding={0}>
      <Table.ScrollContainer minWidth={minWidth} type="native" tabIndex={0} role="region" aria-label={label}>
        {children}
      </Table.ScrollContainer>
    </Card>
  );
}

import { Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** An error the API gave for a group of inputs (a rule, the role weights) rather than one input. */
export function GroupError({ error }: { error: ReactNode }) {
  if (!error) return null;
  return (
    <Text size="sm" c="red.8" role="alert">
      {error}
    </Text>
  );
}

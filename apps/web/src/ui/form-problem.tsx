import { Alert } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * What went wrong with a form as a whole (the API's message when no field can hold it), read out
 * by screen readers as it appears; nothing when there is no problem.
 */
export function FormProblem({
  problem,
  title,
  children,
}: {
  problem: string | null;
  title?: string;
  /** Shown after the message: a way out, such as a link. */
  children?: ReactNode;
}) {
  if (!problem) return null;
  return (
    <Alert color="red" variant="light" role="alert" title={title}>
      {problem}
      {children ? <> {children}</> : null}
    </Alert>
  );
}

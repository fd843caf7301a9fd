import { Alert, Button, Code, Group, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { ApiError, errorMessage } from '../api/api-error';

/** A failed load: the API's own message (and code), with a way to try again. */
export function ErrorState({ error, onRetry, title }: { error: unknown; onRetry?: () => void; title?: string }) {
  return (
    <Alert
      color="red"
      variant="light"
      title={title ?? 'This could not be loaded'}
      icon={<IconAlertTriangle aria-hidden />}
      role="alert"
    >
      <Text size="sm">{errorMessage(error)}</Text>
      {error instanceof ApiError ? (
        <Text size="xs" mt={4}>
          Error code <Code>{error.code}</Code> (HTTP {error.status})
        </Text>
      ) : null}
      {onRetry ? (
        <Group mt="sm">
          <Button size="xs" variant="default" onClick={onRetry}>
            Try again
          </Button>
        </Group>
      ) : null}
    </Alert>
  );
}

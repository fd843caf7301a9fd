import { notifications } from '@mantine/notifications';
import { MutationCache, QueryClient } from '@tanstack/react-query';
import { ApiError, errorMessage } from '../api/api-error';

declare module '@tanstack/react-query' {
  interface Register {
    /** `meta.showsErrors`: the form or dialog shows this mutation's errors itself. */
    mutationMeta: { showsErrors?: boolean; success?: string };
  }
}

/**
 * Server state for the whole app. Failed mutations are announced from this one place unless the
 * form shows them beside its fields; queries show theirs in the page (ErrorState).
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // A 4xx will answer the same again; a network failure or a 5xx gets one more try.
        retry: (failures, error) => failures < 1 && !(error instanceof ApiError && error.status < 500),
      },
    },
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) => {
        if (mutation.meta?.showsErrors) return;
        notifications.show({ color: 'red', title: 'That did not work', message: errorMessage(error) });
      },
      onSuccess: (_data, _variables, _context, mutation) => {
        if (mutation.meta?.success) notifications.show({ color: 'brand', message: mutation.meta.success });
      },
    }),
  });
}

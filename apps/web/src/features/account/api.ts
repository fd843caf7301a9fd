import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ok } from '../../api/client';

export const accountKeys = { sessions: ['account', 'sessions'] as const };

export const sessionsQuery = queryOptions({
  queryKey: accountKeys.sessions,
  queryFn: () => ok(api.GET('/v1/auth/sessions')),
});

export function useRevokeSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => ok(api.DELETE('/v1/auth/sessions/{id}', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountKeys.sessions }),
    meta: { success: 'The device was signed out.' },
  });
}

import { infiniteQueryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ok } from '../../api/client';
import type { ApplicationStatus } from '../../api/pending-paths';
import type { FunnelRole, PartnerType } from '../../lib/partner-kinds';

export const applicationKeys = {
  all: ['applications'] as const,
  list: (status: ApplicationStatus) => ['applications', status] as const,
};

/** One status's applications, 50 at a time; older pages stay on screen while the next loads. */
export const applicationsQuery = (status: ApplicationStatus) =>
  infiniteQueryOptions({
    queryKey: applicationKeys.list(status),
    queryFn: ({ pageParam }) =>
      ok(
        api.GET('/v1/applications', {
          params: { query: { status, limit: 50, ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ),
    initialPageParam: '',
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });

export function useApproveApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: { id: string; role?: FunnelRole; type?: PartnerType }) =>
      ok(api.POST('/v1/applications/{id}/approve', { params: { path: { id } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: applicationKeys.all }),
    meta: { showsErrors: true },
  });
}

export function useRejectApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) =>
      ok(api.POST('/v1/applications/{id}/reject', { params: { path: { id } }, body: { reason } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: applicationKeys.all }),
    meta: { showsErrors: true, success: 'The application was rejected.' },
  });
}

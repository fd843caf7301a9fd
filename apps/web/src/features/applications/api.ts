import { notifications } from '@mantine/notifications';
import { infiniteQueryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ok } from '../../api/client';
import type { ApplicationStatus, MailOutcome } from '../../api/types';
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
    onSuccess: (rejection) => {
      notifications.show({
        color: 'brand',
        message: `The application was rejected. ${REJECTION_MAIL[rejection.mail]}`,
      });
      return queryClient.invalidateQueries({ queryKey: applicationKeys.all });
    },
    meta: { showsErrors: true },
  });
}

/** What became of the mail that gives the applicant the reason (the rejection stands either way). */
const REJECTION_MAIL: Record<MailOutcome, string> = {
  sent: 'The applicant was emailed the reason.',
  logged: 'No mail server is set up, so the applicant was not emailed.',
  dropped: 'No mail server is set up, so the applicant was not emailed.',
  failed: 'The mail server refused the message, so the applicant was not emailed.',
};

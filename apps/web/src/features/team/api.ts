import { infiniteQueryOptions, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ok } from '../../api/client';
import type { MembershipRole } from '../../api/types';

export const teamKeys = {
  invites: (brandId: string) => ['team', brandId, 'invites'] as const,
  partners: (brandId: string) => ['team', brandId, 'partners'] as const,
  members: (brandId: string) => ['team', brandId, 'members'] as const,
};

/** The people of the brand, 50 at a time. */
export const membersQuery = (brandId: string) =>
  infiniteQueryOptions({
    queryKey: teamKeys.members(brandId),
    queryFn: ({ pageParam }) =>
      ok(
        api.GET('/v1/brands/{brandId}/members', {
          params: { path: { brandId }, query: { limit: 50, ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ),
    initialPageParam: '',
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });

export function useRemoveMember(brandId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) =>
      ok(api.DELETE('/v1/brands/{brandId}/members/{userId}', { params: { path: { brandId, userId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: teamKeys.members(brandId) }),
    meta: { showsErrors: true, success: 'They were removed from the brand and signed out of it.' },
  });
}

export const invitesQuery = (brandId: string) =>
  queryOptions({
    queryKey: teamKeys.invites(brandId),
    queryFn: () =>
      ok(api.GET('/v1/brands/{brandId}/invites', { params: { path: { brandId }, query: { limit: 200 } } })),
  });

/** The brand's partners, to pick the one a partner invite is for. */
export const partnersQuery = (brandId: string) =>
  queryOptions({
    queryKey: teamKeys.partners(brandId),
    queryFn: () => ok(api.GET('/v1/partners', { params: { query: { limit: 500 } } })),
  });

export function useCreateInvite(brandId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { email: string; role: MembershipRole; partnerId?: string }) =>
      ok(api.POST('/v1/brands/{brandId}/invites', { params: { path: { brandId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: teamKeys.invites(brandId) }),
    meta: { showsErrors: true },
  });
}

export function useRevokeInvite(brandId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => ok(api.DELETE('/v1/invites/{id}', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: teamKeys.invites(brandId) }),
    meta: { success: 'The invite was revoked; its link no longer works.' },
  });
}

import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../../api/api-error';
import { api, ok, setCsrfToken } from '../../api/client';
import type { SessionResponse } from '../../api/types';

export const authKeys = {
  session: ['auth', 'session'] as const,
  invite: (token: string) => ['auth', 'invite', token] as const,
};

/** The signed-in person, or null when signed out (a 401 here is an answer, not an error). */
export const sessionQuery = queryOptions({
  queryKey: authKeys.session,
  queryFn: async (): Promise<SessionResponse | null> => {
    try {
      const session = await ok(api.GET('/v1/auth/session'));
      setCsrfToken(session.csrfToken);
      return session;
    } catch (error) {
      if (isApiError(error) && error.status === 401) {
        setCsrfToken(undefined);
        return null;
      }
      throw error;
    }
  },
  staleTime: 60_000,
});

export const useSession = () => useQuery(sessionQuery);

/** After signing in or accepting an invite the answer is the session: no second request. */
function useStoreSession() {
  const queryClient = useQueryClient();
  return (session: SessionResponse) => {
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'auth' });
    setCsrfToken(session.csrfToken);
    queryClient.setQueryData(authKeys.session, session);
  };
}

export function useLogin() {
  const store = useStoreSession();
  return useMutation({
    mutationFn: (body: { email: string; password: string }) => ok(api.POST('/v1/auth/login', { body })),
    onSuccess: store,
    meta: { showsErrors: true },
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => ok(api.POST('/v1/auth/logout')),
    onSettled: () => {
      setCsrfToken(undefined);
      queryClient.clear();
      queryClient.setQueryData(authKeys.session, null);
    },
  });
}

export function useSetActiveBrand() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (brandId: string) => ok(api.POST('/v1/auth/active-brand', { body: { brandId } })),
    onSuccess: async () => {
      // Everything cached belongs to the brand that was active: read it again for the new one.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'auth' });
      await queryClient.invalidateQueries({ queryKey: authKeys.session });
    },
  });
}

export function useRequestPasswordReset() {
  return useMutation({
    mutationFn: (body: { email: string }) => ok(api.POST('/v1/auth/password-reset', { body })),
    meta: { showsErrors: true },
  });
}

export function useConfirmPasswordReset() {
  return useMutation({
    mutationFn: (body: { token: string; password: string }) =>
      ok(api.POST('/v1/auth/password-reset/confirm', { body })),
    meta: { showsErrors: true },
  });
}

export const useInvitePreview = (token: string) =>
  useQuery({
    queryKey: authKeys.invite(token),
    queryFn: () => ok(api.GET('/v1/auth/invites/{token}', { params: { path: { token } } })),
    enabled: token !== '',
    retry: false,
  });

export function useAcceptInvite() {
  const store = useStoreSession();
  return useMutation({
    mutationFn: (body: { token: string; name?: string; password: string }) =>
      ok(api.POST('/v1/auth/accept-invite', { body })),
    onSuccess: store,
    meta: { showsErrors: true },
  });
}

/** The active brand's membership, under a signed-in page (RequireSession has loaded the session). */
export function useActiveMembership() {
  const { data } = useSession();
  if (!data) return undefined;
  return data.memberships.find((membership) => membership.brandId === data.activeBrandId) ?? data.memberships[0];
}

import { infiniteQueryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ok } from '../../api/client';

export interface NewBrand {
  name: string;
  currency: string;
  timezone: string;
  landingDomains: string[];
  minimumPayout: string;
}

export const brandKeys = {
  all: ['operator-brands'] as const,
  list: (search: string) => ['operator-brands', search] as const,
};

/** Every brand (operator only), 50 at a time, filtered by a part of the name or slug. */
export const brandsQuery = (search: string) =>
  infiniteQueryOptions({
    queryKey: brandKeys.list(search),
    queryFn: ({ pageParam }) =>
      ok(
        api.GET('/v1/brands', {
          params: { query: { limit: 50, ...(search ? { search } : {}), ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ),
    initialPageParam: '',
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    // The rows of the last search stay while the next one loads.
    placeholderData: (previous) => previous,
  });

export function useCreateBrand() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (brand: NewBrand) =>
      ok(
        api.POST('/v1/brands', {
          // The API's defaults, spelled out because the generated type marks every field required.
          body: { ...brand, clickIdParam: 'pmx_cid', requireSignedPostbacks: false, clickRetentionMonths: 13 },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: brandKeys.all }),
    meta: { showsErrors: true },
  });
}

export function useInviteManager() {
  return useMutation({
    mutationFn: ({ brandId, email }: { brandId: string; email: string }) =>
      ok(
        api.POST('/v1/brands/{brandId}/invites', {
          params: { path: { brandId } },
          body: { email, role: 'brand_manager' },
        }),
      ),
    meta: { showsErrors: true },
  });
}

import { useMutation, useQuery } from '@tanstack/react-query';
import { api, ok } from '../../api/client';
import type { ApplicationBody } from '../../api/types';

export const applyKeys = { brand: (slug: string) => ['apply', slug] as const };

export const usePublicBrand = (brandSlug: string) =>
  useQuery({
    queryKey: applyKeys.brand(brandSlug),
    queryFn: () => ok(api.GET('/v1/public/brands/{brandSlug}', { params: { path: { brandSlug } } })),
    retry: false,
  });

export function useSubmitApplication(brandSlug: string) {
  return useMutation({
    mutationFn: (body: ApplicationBody) =>
      ok(api.POST('/v1/public/brands/{brandSlug}/applications', { params: { path: { brandSlug } }, body })),
    meta: { showsErrors: true },
  });
}

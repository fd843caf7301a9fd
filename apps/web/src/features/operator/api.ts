import { useMutation } from '@tanstack/react-query';
import { api, ok } from '../../api/client';

export interface NewBrand {
  name: string;
  currency: string;
  timezone: string;
  landingDomains: string[];
  minimumPayout: string;
}

export function useCreateBrand() {
  return useMutation({
    mutationFn: (brand: NewBrand) =>
      ok(
        api.POST('/v1/brands', {
          // The API's defaults, spelled out because the generated type marks every field required.
          body: { ...brand, clickIdParam: 'pmx_cid', requireSignedPostbacks: false, clickRetentionMonths: 13 },
        }),
      ),
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

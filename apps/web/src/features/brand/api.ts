import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, ok } from '../../api/client';
import type { Brand } from '../../api/types';
import { useActiveMembership } from '../auth';

export const brandKeys = {
  brand: (brandId: string) => ['brand', brandId] as const,
};

/** A brand (GET /v1/brands/{brandId}: the operator or that brand's manager). */
export const brandQuery = (brandId: string) =>
  queryOptions({
    queryKey: brandKeys.brand(brandId),
    queryFn: () => ok(api.GET('/v1/brands/{brandId}', { params: { path: { brandId } } })),
    staleTime: 5 * 60_000,
  });

/**
 * The brand a manager works in, for its currency and time zone: figures are shown in the brand's
 * currency and days are the brand's local days. `undefined` while it loads.
 */
export function useActiveBrand(): Brand | undefined {
  const membership = useActiveMembership();
  const { data } = useQuery({ ...brandQuery(membership?.brandId ?? ''), enabled: Boolean(membership) });
  return data;
}

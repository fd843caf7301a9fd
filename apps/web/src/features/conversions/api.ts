import { infiniteQueryOptions, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ok } from '../../api/client';
import type { ConversionFilters } from './conversion-filters';
import { filtersToQuery } from './conversion-filters';

/** Keyed by brand, so that switching brands never shows the last brand's rows. */
export const conversionKeys = {
  all: (brandId: string) => ['conversions', brandId] as const,
  list: (brandId: string, filters: ConversionFilters) => ['conversions', brandId, 'list', filters] as const,
  one: (brandId: string, transactionId: string) => ['conversions', brandId, 'one', transactionId] as const,
  partners: (brandId: string) => ['conversions', brandId, 'partners'] as const,
};

/** The brand's conversions, newest first, 50 at a time; the rows on screen stay while the next filter loads. */
export const conversionsQuery = (brandId: string, filters: ConversionFilters) =>
  infiniteQueryOptions({
    queryKey: conversionKeys.list(brandId, filters),
    queryFn: ({ pageParam }) =>
      ok(
        api.GET('/v1/conversions', {
          params: { query: { ...filtersToQuery(filters), limit: 50, ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ),
    initialPageParam: '',
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    placeholderData: (previous) => previous,
  });

/** One conversion with its journey, entries, flags and reversals. */
export const conversionQuery = (brandId: string, transactionId: string) =>
  queryOptions({
    queryKey: conversionKeys.one(brandId, transactionId),
    queryFn: () => ok(api.GET('/v1/conversions/{transactionId}', { params: { path: { transactionId } } })),
  });

/** The brand's partners (up to 500), for the partner filter. */
export const partnerOptionsQuery = (brandId: string) =>
  queryOptions({
    queryKey: conversionKeys.partners(brandId),
    queryFn: () => ok(api.GET('/v1/partners', { params: { query: { limit: 500 } } })),
    staleTime: 60_000,
  });

/** Approve or reject many conversions in review; the answer says, per conversion, what became of it. */
export function useReview(brandId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { transactionIds: string[]; decision: 'approve' | 'reject'; note?: string }) =>
      ok(api.POST('/v1/conversions/review', { body })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: conversionKeys.all(brandId) }),
    meta: { showsErrors: true },
  });
}

/** A full or partial refund of a conversion. */
export function useReverse(brandId: string, transactionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { amount: string; reason: string; reversalId: string }) =>
      ok(
        api.POST('/v1/conversions/{transactionId}/reversals', {
          params: { path: { transactionId } },
          body,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: conversionKeys.all(brandId) }),
    meta: { showsErrors: true },
  });
}

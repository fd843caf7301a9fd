import { infiniteQueryOptions, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ok } from '../../api/client';
import type { PlanBody, PlanPreview } from '../../api/types';

export const planKeys = {
  all: ['commission-plans'] as const,
  list: () => ['commission-plans', 'list'] as const,
  version: (id: string) => ['commission-plans', 'version', id] as const,
  partners: () => ['commission-plans', 'partners'] as const,
};

/** The brand's plan versions, 100 at a time (a brand publishes a handful a year). */
export const planVersionsQuery = () =>
  infiniteQueryOptions({
    queryKey: planKeys.list(),
    queryFn: ({ pageParam }) =>
      ok(
        api.GET('/v1/commission-plans', {
          params: { query: { limit: 100, ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ),
    initialPageParam: '',
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });

/** One version, read-only. */
export const planVersionQuery = (id: string) =>
  queryOptions({
    queryKey: planKeys.version(id),
    queryFn: () => ok(api.GET('/v1/commission-plans/{id}', { params: { path: { id } } })),
  });

/** The brand's partners, for a rule that names one (the first 100 by creation; search comes with the partners page). */
export const rulePartnersQuery = () =>
  queryOptions({
    queryKey: planKeys.partners(),
    queryFn: () => ok(api.GET('/v1/partners', { params: { query: { limit: 100 } } })),
    staleTime: 60_000,
  });

export interface PlanPreviews {
  month: PlanPreview;
  quarter: PlanPreview;
}

/**
 * The draft replayed on the last closed month and the last closed quarter, side by side. Errors
 * (a bad field of the draft) are shown on the form, not as a toast.
 */
export function usePreviewPlan() {
  return useMutation({
    mutationFn: async (body: PlanBody): Promise<PlanPreviews> => {
      const [month, quarter] = await Promise.all(
        (['month', 'quarter'] as const).map((last) =>
          ok(api.POST('/v1/commission-plans/preview', { params: { query: { last } }, body })),
        ),
      );
      return { month, quarter };
    },
    meta: { showsErrors: true },
  });
}

/** Publishes the draft as a new version. */
export function usePublishPlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PlanBody) => ok(api.POST('/v1/commission-plans', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: planKeys.all }),
    meta: { showsErrors: true, success: 'The new version of the plan is published.' },
  });
}

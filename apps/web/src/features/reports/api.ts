import { infiniteQueryOptions, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ok } from '../../api/client';
import type { PartnerMixReport } from '../../api/types';

export const reportKeys = {
  all: ['partner-mix-reports'] as const,
  list: (quarter: string) => ['partner-mix-reports', 'list', quarter] as const,
  report: (id: string) => ['partner-mix-reports', 'report', id] as const,
};

/** How often a report being built is asked for again. */
const POLL_MS = 1500;

/** The brand's reports, newest first, 50 at a time, without their figures; `quarter` narrows them. */
export const reportsQuery = (quarter: string) =>
  infiniteQueryOptions({
    queryKey: reportKeys.list(quarter),
    queryFn: ({ pageParam }) =>
      ok(
        api.GET('/v1/reports/partner-mix', {
          params: {
            query: { limit: 50, ...(quarter ? { quarter } : {}), ...(pageParam ? { cursor: pageParam } : {}) },
          },
        }),
      ),
    initialPageParam: '',
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    placeholderData: (previous) => previous,
    // A report still being built changes state on its own: the list follows it.
    refetchInterval: (query) =>
      query.state.data?.pages.some((page) =>
        page.data.some((report) => report.status === 'queued' || report.status === 'running'),
      )
        ? POLL_MS
        : false,
  });

const isBuilding = (report: PartnerMixReport | undefined): boolean =>
  report?.status === 'queued' || report?.status === 'running';

/** One report: its state while the worker builds it (asked again until it is done or failed), then its figures. */
export const reportQuery = (id: string) =>
  queryOptions({
    queryKey: reportKeys.report(id),
    // JSON unless `?format=csv` is asked for, which this never does.
    queryFn: () =>
      ok(api.GET('/v1/reports/partner-mix/{id}', { params: { path: { id } } })) as Promise<PartnerMixReport>,
    refetchInterval: (query) => (isBuilding(query.state.data) ? POLL_MS : false),
  });

/** Asks the worker for a quarter's report; answers the new report's id. */
export function useRequestReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (quarter: string) => ok(api.POST('/v1/reports/partner-mix', { body: { quarter } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reportKeys.all }),
    meta: { showsErrors: true },
  });
}

/** The report as CSV: a plain link, so the browser downloads it with the session cookie. */
export const reportCsvUrl = (id: string): string =>
  `${window.location.origin}/v1/reports/partner-mix/${encodeURIComponent(id)}?format=csv`;

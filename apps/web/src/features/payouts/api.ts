import { notifications } from '@mantine/notifications';
import { infiniteQueryOptions, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ok } from '../../api/client';
import type { ListedStatementPage, StatementDocument, StatementRun, StatementStatus } from '../../api/types';

export interface StatementFilters {
  /** A month, "2026-10"; empty: every month. */
  period: string;
  /** Empty: both. */
  status: StatementStatus | '';
}

export const statementKeys = {
  all: ['statements'] as const,
  lists: ['statements', 'list'] as const,
  list: (filters: StatementFilters) => ['statements', 'list', filters] as const,
  one: (id: string) => ['statements', 'one', id] as const,
  run: (period: string) => ['statements', 'run', period] as const,
};

/** The brand's statements of a month and status, 50 at a time; older pages stay while the next loads. */
export const statementsQuery = (filters: StatementFilters) =>
  infiniteQueryOptions({
    queryKey: statementKeys.list(filters),
    // JSON (the same route answers the finance CSV with `format=csv`, never asked for here).
    queryFn: ({ pageParam }) =>
      ok<ListedStatementPage | string>(
        api.GET('/v1/statements', {
          params: {
            query: {
              limit: 50,
              ...(filters.period ? { period: filters.period } : {}),
              ...(filters.status ? { status: filters.status } : {}),
              ...(pageParam ? { cursor: pageParam } : {}),
            },
          },
        }),
      ) as Promise<ListedStatementPage>,
    initialPageParam: '',
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    placeholderData: (previous) => previous,
  });

/** One statement with its lines (JSON; the same route answers the PDF and CSV downloads). */
export const statementQuery = (id: string) =>
  queryOptions({
    queryKey: statementKeys.one(id),
    queryFn: () =>
      ok<StatementDocument | string>(
        api.GET('/v1/statements/{id}', { params: { path: { id } } }),
      ) as Promise<StatementDocument>,
  });

const RUNNING: StatementRun['state'][] = ['queued', 'running'];

/** Where the month's run stands, asked again every second while the worker has it. */
export const statementRunQuery = (period: string) =>
  queryOptions({
    queryKey: statementKeys.run(period),
    queryFn: () => ok(api.GET('/v1/statements/runs/{period}', { params: { path: { period } } })),
    refetchInterval: (query) => (query.state.data && RUNNING.includes(query.state.data.state) ? 1000 : false),
  });

/** Where a statement's document downloads from: the session cookie goes along, as with every call. */
export const statementDownloadUrl = (id: string, format: 'pdf' | 'csv') =>
  `/v1/statements/${encodeURIComponent(id)}?format=${format}`;

export function useRunStatements() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (period: string) => ok(api.POST('/v1/statements/run', { body: { period } })),
    onSuccess: (_, period) => queryClient.invalidateQueries({ queryKey: statementKeys.run(period) }),
    meta: { showsErrors: true },
  });
}

/** Marks statements paid with one payment reference (one or many: all, or none when the API refuses one). */
export function useMarkManyPaid() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { statementIds: string[]; reference: string }) => ok(api.POST('/v1/statements/paid', { body })),
    onSuccess: (paid) => {
      notifications.show({
        color: 'brand',
        message: `${paid.data.length === 1 ? 'One statement is' : `${paid.data.length} statements are`} marked paid.`,
      });
      return queryClient.invalidateQueries({ queryKey: statementKeys.all });
    },
    meta: { showsErrors: true },
  });
}

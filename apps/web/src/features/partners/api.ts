import {
  infiniteQueryOptions,
  keepPreviousData,
  queryOptions,
  useMutation,
  useQueryClient,
} from '@tanstack/react-query';
import { api, ok } from '../../api/client';
import type { LinkBody, PartnerBody, PartnerPatch, PromoCodeBody } from '../../api/types';
import type { FunnelRole, PartnerType } from '../../lib/partner-kinds';

/** What the partners table asks for: everything in the page's URL. */
export interface PartnersTableParams {
  from: string;
  to: string;
  sort: string;
  page: number;
  role?: FunnelRole;
  type?: PartnerType;
  status?: 'active' | 'suspended';
  search?: string;
}

export const PAGE_SIZE = 50;

export const partnerKeys = {
  all: ['partners'] as const,
  table: (params: PartnersTableParams) => ['partners', 'table', params] as const,
  partner: (id: string) => ['partners', id] as const,
  links: (id: string) => ['partners', id, 'links'] as const,
  codes: (id: string) => ['partners', id, 'codes'] as const,
  daily: (id: string) => ['partners', id, 'daily'] as const,
  commissions: (id: string) => ['partners', id, 'commissions'] as const,
  statements: (id: string) => ['partners', id, 'statements'] as const,
  quality: (id: string) => ['partners', id, 'quality'] as const,
};

/** One page of the partners table with its figures; the last page stays on screen while the next loads. */
export const partnersTableQuery = (params: PartnersTableParams) =>
  queryOptions({
    queryKey: partnerKeys.table(params),
    queryFn: () =>
      ok(
        api.GET('/v1/partners/figures', {
          params: {
            query: {
              from: params.from,
              to: params.to,
              sort: params.sort as never,
              page: params.page,
              limit: PAGE_SIZE,
              ...(params.role ? { role: params.role } : {}),
              ...(params.type ? { type: params.type } : {}),
              ...(params.status ? { status: params.status } : {}),
              ...(params.search ? { search: params.search } : {}),
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });

export const partnerQuery = (id: string) =>
  queryOptions({
    queryKey: partnerKeys.partner(id),
    queryFn: () => ok(api.GET('/v1/partners/{id}', { params: { path: { id } } })),
  });

/** A paged list of a partner's things, 50 at a time, "Show more" for the next. */
function pagedList<T>(
  queryKey: readonly unknown[],
  fetchPage: (cursor: string | undefined) => Promise<{ data: T[]; nextCursor: string | null }>,
) {
  return infiniteQueryOptions({
    queryKey,
    queryFn: ({ pageParam }) => fetchPage(pageParam || undefined),
    initialPageParam: '',
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

const pageQuery = (cursor: string | undefined) => ({ limit: 50, ...(cursor ? { cursor } : {}) });

export const linksQuery = (id: string) =>
  pagedList(partnerKeys.links(id), (cursor) =>
    ok(api.GET('/v1/partners/{id}/links', { params: { path: { id }, query: pageQuery(cursor) } })),
  );

export const codesQuery = (id: string) =>
  pagedList(partnerKeys.codes(id), (cursor) =>
    ok(api.GET('/v1/partners/{id}/codes', { params: { path: { id }, query: pageQuery(cursor) } })),
  );

export const commissionsQuery = (id: string) =>
  pagedList(partnerKeys.commissions(id), (cursor) =>
    ok(api.GET('/v1/partners/{id}/commissions', { params: { path: { id }, query: pageQuery(cursor) } })),
  );

export const statementsQuery = (id: string) =>
  pagedList(partnerKeys.statements(id), async (cursor) => {
    const page = await ok(api.GET('/v1/statements', { params: { query: { partnerId: id, ...pageQuery(cursor) } } }));
    // The route also answers CSV (format=csv); asked for JSON, it sends the page.
    if (typeof page === 'string') throw new Error('The statements came back as CSV, not as a list');
    return page;
  });

export const qualityQuery = (id: string) =>
  pagedList(partnerKeys.quality(id), (cursor) =>
    ok(api.GET('/v1/partners/{id}/quality-flags', { params: { path: { id }, query: pageQuery(cursor) } })),
  );

/** The partner's last 30 days, day by day (the API's default period). */
export const dailyQuery = (id: string) =>
  queryOptions({
    queryKey: partnerKeys.daily(id),
    queryFn: () => ok(api.GET('/v1/partners/{id}/daily', { params: { path: { id } } })),
  });

export function useCreatePartner() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PartnerBody) => ok(api.POST('/v1/partners', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: partnerKeys.all }),
    meta: { showsErrors: true },
  });
}

export function useUpdatePartner(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PartnerPatch) => ok(api.PATCH('/v1/partners/{id}', { params: { path: { id } }, body })),
    onSuccess: (partner) => {
      queryClient.setQueryData(partnerKeys.partner(id), partner);
      return queryClient.invalidateQueries({ queryKey: partnerKeys.all });
    },
    meta: { showsErrors: true },
  });
}

/** Suspend or reactivate: errors go to the page's toast, success says what changed. */
export function useSetPartnerStatus(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (status: 'active' | 'suspended') =>
      ok(api.PATCH('/v1/partners/{id}', { params: { path: { id } }, body: { status } })),
    onSuccess: (partner) => {
      queryClient.setQueryData(partnerKeys.partner(id), partner);
      return queryClient.invalidateQueries({ queryKey: partnerKeys.all });
    },
  });
}

export function useCreateLink(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LinkBody) => ok(api.POST('/v1/partners/{id}/links', { params: { path: { id } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: partnerKeys.links(id) }),
    meta: { showsErrors: true },
  });
}

export function useCreateCode(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PromoCodeBody) => ok(api.POST('/v1/partners/{id}/codes', { params: { path: { id } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: partnerKeys.codes(id) }),
    meta: { showsErrors: true },
  });
}

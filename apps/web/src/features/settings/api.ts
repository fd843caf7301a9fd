import { infiniteQueryOptions, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../api/api-error';
import { api, ok } from '../../api/client';
import type {
  ApiKeyRole,
  BrandUpdate,
  MixTarget,
  PromoCodeBody,
  NewSpend,
  NewWebhook,
  QualityRules,
} from '../../api/types';
import { brandKeys } from '../brand';

export const settingsKeys = {
  apiKeys: (brandId: string) => ['settings', brandId, 'api-keys'] as const,
  webhooks: ['settings', 'webhooks'] as const,
  webhook: (id: string) => ['settings', 'webhooks', id] as const,
  deliveries: (id: string) => ['settings', 'webhooks', id, 'deliveries'] as const,
  quality: ['settings', 'quality-rules'] as const,
  target: ['settings', 'target-mix'] as const,
  spend: ['settings', 'spend'] as const,
  promoCodes: ['settings', 'promo-codes'] as const,
  partners: ['settings', 'partners'] as const,
};

/** One page after another of a cursor-paged list; older pages stay on screen while the next loads. */
const PAGE = 50;
const cursor = (pageParam: string) => (pageParam ? { cursor: pageParam } : {});

export const apiKeysQuery = (brandId: string) =>
  infiniteQueryOptions({
    queryKey: settingsKeys.apiKeys(brandId),
    queryFn: ({ pageParam }) =>
      ok(
        api.GET('/v1/brands/{brandId}/api-keys', {
          params: { path: { brandId }, query: { limit: PAGE, ...cursor(pageParam) } },
        }),
      ),
    initialPageParam: '',
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });

export const webhooksQuery = () =>
  infiniteQueryOptions({
    queryKey: settingsKeys.webhooks,
    queryFn: ({ pageParam }) =>
      ok(api.GET('/v1/webhooks', { params: { query: { limit: PAGE, ...cursor(pageParam) } } })),
    initialPageParam: '',
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });

export const webhookQuery = (id: string) =>
  queryOptions({
    queryKey: settingsKeys.webhook(id),
    queryFn: () => ok(api.GET('/v1/webhooks/{id}', { params: { path: { id } } })),
  });

export const deliveriesQuery = (id: string) =>
  infiniteQueryOptions({
    queryKey: settingsKeys.deliveries(id),
    queryFn: ({ pageParam }) =>
      ok(
        api.GET('/v1/webhooks/{id}/deliveries', {
          params: { path: { id }, query: { limit: PAGE, ...cursor(pageParam) } },
        }),
      ),
    initialPageParam: '',
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });

export const qualityRulesQuery = () =>
  queryOptions({ queryKey: settingsKeys.quality, queryFn: () => ok(api.GET('/v1/quality-rules')) });

/** The target mix, or null while the brand has none (the API answers 404 then). */
export const targetMixQuery = () =>
  queryOptions({
    queryKey: settingsKeys.target,
    queryFn: async () => {
      try {
        return await ok(api.GET('/v1/partner-mix/target'));
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
  });

export const spendQuery = () =>
  infiniteQueryOptions({
    queryKey: settingsKeys.spend,
    queryFn: ({ pageParam }) => ok(api.GET('/v1/spend', { params: { query: { limit: PAGE, ...cursor(pageParam) } } })),
    initialPageParam: '',
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });

export const promoCodesQuery = () =>
  infiniteQueryOptions({
    queryKey: settingsKeys.promoCodes,
    queryFn: ({ pageParam }) =>
      ok(api.GET('/v1/promo-codes', { params: { query: { limit: PAGE, ...cursor(pageParam) } } })),
    initialPageParam: '',
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });

/** The brand's partners, to pick the one a key or a code is for. */
export const partnerChoicesQuery = () =>
  queryOptions({
    queryKey: settingsKeys.partners,
    queryFn: () => ok(api.GET('/v1/partners', { params: { query: { limit: 500 } } })),
  });

export function useUpdateBrand(brandId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: BrandUpdate) => ok(api.PATCH('/v1/brands/{brandId}', { params: { path: { brandId } }, body })),
    onSuccess: (brand) => queryClient.setQueryData(brandKeys.brand(brandId), brand),
    meta: { showsErrors: true, success: 'The brand settings were saved.' },
  });
}

export function useCreateApiKey(brandId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string; role: ApiKeyRole; partnerId?: string }) =>
      ok(api.POST('/v1/brands/{brandId}/api-keys', { params: { path: { brandId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: settingsKeys.apiKeys(brandId) }),
    meta: { showsErrors: true },
  });
}

export function useRevokeApiKey(brandId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => ok(api.DELETE('/v1/api-keys/{id}', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: settingsKeys.apiKeys(brandId) }),
    meta: { success: 'The key was revoked; calls made with it are refused from now on.' },
  });
}

export function useCreateWebhook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewWebhook) => ok(api.POST('/v1/webhooks', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: settingsKeys.webhooks }),
    meta: { showsErrors: true },
  });
}

export function useRotateWebhookSecret() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => ok(api.POST('/v1/webhooks/{id}/rotate-secret', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: settingsKeys.webhooks }),
  });
}

export function useSendTestEvent(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => ok(api.POST('/v1/webhooks/{id}/test', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: settingsKeys.deliveries(id) }),
    meta: { success: 'A test event is on its way; it shows in the log below.' },
  });
}

export function useRetryDelivery(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (deliveryId: string) =>
      ok(api.POST('/v1/webhooks/{id}/deliveries/{deliveryId}/retry', { params: { path: { id, deliveryId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: settingsKeys.deliveries(id) }),
    meta: { success: 'The delivery is sent again.' },
  });
}

export function useSetQualityRules() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: QualityRules) => ok(api.PUT('/v1/quality-rules', { body })),
    onSuccess: (rules) => queryClient.setQueryData(settingsKeys.quality, rules),
    meta: { showsErrors: true, success: 'The quality rules were saved; they apply to conversions from now on.' },
  });
}

export function useSetTargetMix() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MixTarget) => ok(api.PUT('/v1/partner-mix/target', { body })),
    onSuccess: (target) => queryClient.setQueryData(settingsKeys.target, target),
    meta: { showsErrors: true, success: 'The target mix was saved.' },
  });
}

export function useAddSpend() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewSpend) => ok(api.POST('/v1/spend', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: settingsKeys.spend }),
    meta: { showsErrors: true, success: 'The spend was added.' },
  });
}

export function useCreatePromoCode() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ partnerId, ...body }: PromoCodeBody & { partnerId: string }) =>
      ok(api.POST('/v1/partners/{id}/codes', { params: { path: { id: partnerId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: settingsKeys.promoCodes }),
    meta: { showsErrors: true },
  });
}

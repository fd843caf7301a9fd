import { queryOptions } from '@tanstack/react-query';
import { api, ok } from '../../api/client';
import { periodParams, type PeriodSelection } from './period-selection';

export const overviewKeys = {
  all: ['overview'] as const,
  figures: (brandId: string, selection: PeriodSelection) => ['overview', brandId, periodParams(selection)] as const,
  todo: (brandId: string) => ['overview', brandId, 'todo'] as const,
};

/** A period's figures against the period of the same length before it (GET /v1/overview). */
export const overviewQuery = (brandId: string, selection: PeriodSelection) =>
  queryOptions({
    queryKey: overviewKeys.figures(brandId, selection),
    queryFn: () =>
      ok(
        api.GET('/v1/overview', {
          params: {
            query:
              selection.period === 'custom' ? { from: selection.from, to: selection.to } : { period: selection.period },
          },
        }),
      ),
  });

/** What waits for the manager, counted (GET /v1/overview/todo). */
export const todoQuery = (brandId: string) =>
  queryOptions({
    queryKey: overviewKeys.todo(brandId),
    queryFn: () => ok(api.GET('/v1/overview/todo')),
  });

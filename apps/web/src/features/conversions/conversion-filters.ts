import type { operations } from '../../api/schema';

type ListQuery = NonNullable<operations['ConversionsController_list']['parameters']['query']>;

export type ConversionStatus = NonNullable<ListQuery['status']>;
export type ConversionChannel = NonNullable<ListQuery['channel']>;
export type ConversionSource = NonNullable<ListQuery['source']>;
export type QualityFlagCode = NonNullable<ListQuery['flag']>;

/** The list's filters as the URL keeps them (`?status=review&flag=…&partner=…&from=…&q=…`). */
export interface ConversionFilters {
  status?: ConversionStatus;
  flag?: QualityFlagCode;
  partner?: string;
  channel?: ConversionChannel;
  source?: ConversionSource;
  from?: string;
  to?: string;
  q?: string;
}

export const STATUSES: ConversionStatus[] = ['pending', 'review', 'approved', 'rejected', 'reversed'];
export const CHANNELS: ConversionChannel[] = ['web', 'app', 'marketplace', 'ai_assistant', 'other'];
export const SOURCES: ConversionSource[] = ['api', 'postback'];
export const FLAGS: QualityFlagCode[] = [
  'ctit_too_short',
  'click_flood',
  'self_referral',
  'last_second_override',
  'unknown_click',
  'code_leak',
];
const FILTER_KEYS = ['status', 'flag', 'partner', 'channel', 'source', 'from', 'to', 'q'] as const;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  values.find((candidate) => candidate === value);

/** The filters in the URL; a value the API would refuse is dropped rather than shown as an error. */
export function readFilters(params: URLSearchParams): ConversionFilters {
  const day = (key: string) => {
    const value = params.get(key);
    return value && DAY.test(value) ? value : undefined;
  };
  const filters: ConversionFilters = {
    status: oneOf(STATUSES, params.get('status')),
    flag: oneOf(FLAGS, params.get('flag')),
    partner: params.get('partner') || undefined,
    channel: oneOf(CHANNELS, params.get('channel')),
    source: oneOf(SOURCES, params.get('source')),
    from: day('from'),
    to: day('to'),
    q: params.get('q')?.trim().slice(0, 128) || undefined,
  };
  return Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined));
}

/** The URL's query for the filters, without the empty ones. */
export function writeFilters(filters: ConversionFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  return params;
}

export const hasFilters = (filters: ConversionFilters): boolean => FILTER_KEYS.some((key) => Boolean(filters[key]));

/** The API's query for the filters. */
export function filtersToQuery(filters: ConversionFilters): ListQuery {
  return {
    ...(filters.status && { status: filters.status }),
    ...(filters.flag && { flag: filters.flag }),
    ...(filters.partner && { partnerId: filters.partner }),
    ...(filters.channel && { channel: filters.channel }),
    ...(filters.source && { source: filters.source }),
    ...(filters.from && { from: filters.from }),
    ...(filters.to && { to: filters.to }),
    ...(filters.q && { search: filters.q }),
  };
}

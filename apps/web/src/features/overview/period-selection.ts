import type { operations } from '../../api/schema';

/** A period the API places in the brand's time zone by its name. */
export type NamedPeriod = NonNullable<
  NonNullable<operations['OverviewController_get']['parameters']['query']>['period']
>;

/** What the URL asks for: a named period, or custom local days (both included). */
export type PeriodSelection = { period: NamedPeriod } | { period: 'custom'; from: string; to: string };

export const PERIOD_CHOICES: { value: NamedPeriod | 'custom'; label: string }[] = [
  { value: 'this_month', label: 'This month' },
  { value: 'last_month', label: 'Last month' },
  { value: 'this_quarter', label: 'This quarter' },
  { value: 'last_quarter', label: 'Last quarter' },
  { value: 'custom', label: 'Custom' },
];

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The period of the page's URL (`?period=last_month`, `?period=custom&from=…&to=…`); this month
 * when it names none, or a custom one without both of its days.
 */
export function periodSelectionOf(params: URLSearchParams): PeriodSelection {
  const period = params.get('period');
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  if (period === 'custom' && DAY.test(from) && DAY.test(to)) return { period: 'custom', from, to };
  const named = PERIOD_CHOICES.find((choice) => choice.value === period && choice.value !== 'custom');
  return { period: (named?.value ?? 'this_month') as NamedPeriod };
}

/** The URL parameters of a period (the inverse of periodSelectionOf). */
export function periodParams(selection: PeriodSelection): Record<string, string> {
  return selection.period === 'custom'
    ? { period: 'custom', from: selection.from, to: selection.to }
    : { period: selection.period };
}

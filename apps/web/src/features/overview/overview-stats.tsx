import { SimpleGrid } from '@mantine/core';
import type { OverviewChanges, OverviewFigures } from '../../api/types';
import { formatCount, formatMultiple, formatShare } from '../../lib/format';
import { formatMoney } from '../../lib/money';
import { StatCard } from '../../ui/stat-card';
import { describeChange, type Direction } from './describe-change';

interface Stat {
  key: keyof OverviewChanges;
  label: string;
  direction: Direction;
  value: (figures: OverviewFigures, currency: string) => string;
}

const ratioOrDash = (value: number | null, format: (value: number) => string): string =>
  value === null ? '—' : format(value);

/** The eight figures of the period; costs going up are bad news, everything else going up good. */
const STATS: Stat[] = [
  {
    key: 'attributedRevenue',
    label: 'Attributed revenue',
    direction: 'rise_is_good',
    value: (f, currency) => formatMoney(f.attributedRevenue, currency),
  },
  { key: 'conversions', label: 'Conversions', direction: 'rise_is_good', value: (f) => formatCount(f.conversions) },
  { key: 'clicks', label: 'Clicks', direction: 'rise_is_good', value: (f) => formatCount(f.clicks) },
  {
    key: 'commissionCost',
    label: 'Commission cost',
    direction: 'rise_is_bad',
    value: (f, currency) => formatMoney(f.commissionCost, currency),
  },
  {
    key: 'costOfSale',
    label: 'Cost of sale',
    direction: 'rise_is_bad',
    value: (f) => ratioOrDash(f.costOfSale, (value) => formatShare(value)),
  },
  { key: 'mer', label: 'MER', direction: 'rise_is_good', value: (f) => ratioOrDash(f.mer, (v) => formatMultiple(v)) },
  {
    key: 'newCustomers',
    label: 'New customers',
    direction: 'rise_is_good',
    value: (f) => formatCount(f.newCustomers),
  },
  {
    key: 'activePartners',
    label: 'Active partners',
    direction: 'rise_is_good',
    value: (f) => formatCount(f.activePartners),
  },
];

export function OverviewStats({
  current,
  changes,
  currency,
}: {
  current: OverviewFigures;
  changes: OverviewChanges;
  currency: string;
}) {
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="md">
      {STATS.map((stat) => {
        const change = describeChange(changes[stat.key], stat.direction);
        return (
          <StatCard
            key={stat.key}
            label={stat.label}
            value={stat.value(current, currency)}
            change={change.text}
            tone={change.tone}
          />
        );
      })}
    </SimpleGrid>
  );
}

/** Whether a figure going up is good news (revenue) or bad news (a cost). */
export type Direction = 'rise_is_good' | 'rise_is_bad';

/**
 * A stat card's change line from the API's percent change: the signed percentage and a tone, so
 * that a rise in a cost is not shown in the colour of good news. Null (nothing to compare with)
 * and no change are neutral.
 */
export function describeChange(
  changePercent: number | null,
  direction: Direction,
  locale?: string,
): { text: string; tone: 'good' | 'bad' | 'neutral' } {
  if (changePercent === null) return { text: 'Nothing to compare with before', tone: 'neutral' };
  if (changePercent === 0) return { text: 'No change on the period before', tone: 'neutral' };
  const percent = new Intl.NumberFormat(locale, {
    style: 'percent',
    maximumFractionDigits: 1,
    signDisplay: 'always',
  }).format(changePercent / 100);
  const good = changePercent > 0 === (direction === 'rise_is_good');
  return { text: `${percent} on the period before`, tone: good ? 'good' : 'bad' };
}

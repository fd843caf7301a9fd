/**
 * A time from the API (ISO 8601) in the reader's locale (the day only in narrow tables), the exact
 * value in a tooltip. `timeZone`: the brand's, where the brand's days matter (the console's
 * figures); else the reader's own.
 */
export function DateTime({
  value,
  dateOnly = false,
  timeZone,
}: {
  value: string | null | undefined;
  dateOnly?: boolean;
  timeZone?: string;
}) {
  if (!value) return <span>—</span>;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return <span>{value}</span>;
  const format = new Intl.DateTimeFormat(undefined, {
    dateStyle: 'medium',
    ...(dateOnly ? {} : { timeStyle: 'short' }),
    ...(timeZone ? { timeZone } : {}),
  });
  return (
    <time dateTime={value} title={value}>
      {format.format(date)}
    </time>
  );
}

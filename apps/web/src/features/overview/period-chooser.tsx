import { Group, Select } from '@mantine/core';
import { useEffect, useState } from 'react';
import { DatePickerInput } from '../../ui/dates';
import { PERIOD_CHOICES, type PeriodSelection } from './period-selection';

const CALENDAR_LABELS = {
  previousMonth: 'Previous month',
  nextMonth: 'Next month',
  previousYear: 'Previous year',
  nextYear: 'Next year',
  previousDecade: 'Previous decade',
  nextDecade: 'Next decade',
  monthLevelControl: 'Choose a month',
  yearLevelControl: 'Choose a year',
};

/**
 * The period of the page: a named one, or custom days picked as a range. `shown` is the period the
 * API answered for, so that switching to Custom starts from the days on screen.
 */
export function PeriodChooser({
  selection,
  shown,
  onChange,
}: {
  selection: PeriodSelection;
  shown?: { from: string; to: string };
  onChange: (selection: PeriodSelection) => void;
}) {
  const custom = selection.period === 'custom' ? selection : undefined;
  // A range being picked: the first click gives only its start.
  const [range, setRange] = useState<[string | null, string | null]>([custom?.from ?? null, custom?.to ?? null]);
  useEffect(() => setRange([custom?.from ?? null, custom?.to ?? null]), [custom?.from, custom?.to]);

  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <Select
        label="Period"
        data={PERIOD_CHOICES}
        value={selection.period}
        allowDeselect={false}
        w={170}
        onChange={(value) => {
          if (value === 'custom') {
            const days = custom ?? shown;
            if (days) onChange({ period: 'custom', from: days.from, to: days.to });
            else setRange([null, null]);
          } else if (value) onChange({ period: value as Exclude<PeriodSelection['period'], 'custom'> });
        }}
      />
      {selection.period === 'custom' ? (
        <DatePickerInput
          type="range"
          label="Days"
          valueFormat="D MMM YYYY"
          value={range}
          w={250}
          // A titled modal rather than a popover: the calendar then is a dialog with a name (axe).
          dropdownType="modal"
          modalProps={{ title: 'Days of the period' }}
          ariaLabels={CALENDAR_LABELS}
          // Weekend days in red and other months' days in grey fall below 4.5:1 contrast.
          weekendDays={[]}
          hideOutsideDates
          onChange={(value) => {
            const [from, to] = value.map((day) => (day ? String(day).slice(0, 10) : null));
            setRange([from, to]);
            if (from && to) onChange({ period: 'custom', from, to });
          }}
        />
      ) : null}
    </Group>
  );
}

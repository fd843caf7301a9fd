import { Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { RoleFigures } from '../../api/types';
import { formatShare } from '../../lib/format';
import { Money } from '../../ui/money';
import { TableFrame } from '../../ui/table-frame';
import { figures } from './figures';

/** A role's, type's or partner's figures (the same fields for each). */
export type GroupFigures = Omit<RoleFigures, 'role'>;

export interface GroupRow {
  key: string;
  /** The row's header cell: a role, a type, or a partner with its role and type. */
  name: ReactNode;
  figures: GroupFigures;
}

const numeric = { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;
/** A numeric column's header: right-aligned like its figures, free to wrap. */
const numericHeader = { textAlign: 'right' } as const;

/** "0.00", "-0.00": an amount of nothing (read from the string, not a float). */
const isZero = (amount: string): boolean => /^-?0*(\.0*)?$/.test(amount);

const MoneyOrDash = ({ amount, currency }: { amount: string | null; currency: string }) =>
  amount === null ? <span>—</span> : <Money amount={amount} currency={currency} />;
const ShareOrDash = ({ share }: { share: number | null }) =>
  share === null ? <span>—</span> : <>{formatShare(share)}</>;

/**
 * The quarter's figures of roles, types or partners: attributed revenue (GMV) and its share, new
 * customers, AOV, CAC, cost of sale, repeat rate, assisted conversions, and GMV against the
 * quarter before. Money exact from the API's strings.
 */
export function GroupFiguresTable({
  label,
  heading,
  rows,
  currency,
}: {
  label: string;
  heading: string;
  rows: GroupRow[];
  currency: string;
}) {
  return (
    <TableFrame label={label} minWidth={1000}>
      <Table verticalSpacing="xs" horizontalSpacing="xs" striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{heading}</Table.Th>
            <Table.Th scope="col" style={numericHeader}>
              GMV
            </Table.Th>
            <Table.Th scope="col" style={numericHeader}>
              Share
            </Table.Th>
            <Table.Th scope="col" style={numericHeader}>
              Conversions
            </Table.Th>
            <Table.Th scope="col" style={numericHeader}>
              New customers
            </Table.Th>
            <Table.Th scope="col" style={numericHeader}>
              AOV
            </Table.Th>
            <Table.Th scope="col" style={numericHeader}>
              Commission
            </Table.Th>
            <Table.Th scope="col" style={numericHeader}>
              CAC
            </Table.Th>
            <Table.Th scope="col" style={numericHeader}>
              Cost of sale
            </Table.Th>
            <Table.Th scope="col" style={numericHeader}>
              Repeat rate
            </Table.Th>
            <Table.Th scope="col" style={numericHeader}>
              Assisted
            </Table.Th>
            <Table.Th scope="col" style={numericHeader}>
              GMV vs last quarter
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(({ key, name, figures: row }) => (
            <Table.Tr key={key}>
              <Table.Th scope="row" fw={500}>
                {name}
              </Table.Th>
              <Table.Td style={numeric}>
                <Money amount={row.attributedRevenue} currency={currency} />
              </Table.Td>
              <Table.Td style={numeric}>{formatShare(row.revenueShare)}</Table.Td>
              <Table.Td style={numeric}>{figures.credit(row.attributedConversions)}</Table.Td>
              <Table.Td style={numeric}>{figures.credit(row.newCustomers)}</Table.Td>
              <Table.Td style={numeric}>
                <MoneyOrDash amount={row.aov} currency={currency} />
              </Table.Td>
              <Table.Td style={numeric}>
                <Money amount={row.commission.total} currency={currency} />
              </Table.Td>
              <Table.Td style={numeric}>
                <MoneyOrDash amount={row.cac} currency={currency} />
              </Table.Td>
              <Table.Td style={numeric}>
                <ShareOrDash share={row.costOfSale} />
              </Table.Td>
              <Table.Td style={numeric}>
                <ShareOrDash share={row.repeatPurchaseRate} />
              </Table.Td>
              <Table.Td style={numeric}>{figures.credit(row.assistedConversions)}</Table.Td>
              <Table.Td style={numeric}>
                <Text span size="sm">
                  {isZero(row.attributedRevenue) && isZero(row.previousQuarter.attributedRevenue)
                    ? '—'
                    : figures.change(row.changePercent.attributedRevenue)}
                </Text>
                <Text size="xs" c="dimmed">
                  from <Money amount={row.previousQuarter.attributedRevenue} currency={currency} />
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableFrame>
  );
}

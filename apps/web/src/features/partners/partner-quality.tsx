import { Badge, Table, Text } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { DateTime } from '../../ui/date-time';
import { EmptyState } from '../../ui/empty-state';
import { ErrorState } from '../../ui/error-state';
import { LoadingState } from '../../ui/loading-state';
import { TableFrame } from '../../ui/table-frame';
import { formatDay } from '../../lib/format';
import { qualityQuery } from './api';
import { PartnerSection } from './partner-section';
import { ShowMore } from '../../ui/show-more';

const FLAG_LABELS: Record<string, string> = {
  ctit_too_short: 'Ordered too soon after the click',
  click_flood: 'Click flooding',
  self_referral: 'Self-referral',
  last_second_override: 'Last-second override',
  unknown_click: 'Unknown click id',
  code_leak: 'Leaked promo code',
};

/** Quality rules' hits on the partner's days and on the conversions it was credited in, with what each rule saw. */
export function PartnerQuality({ partnerId }: { partnerId: string }) {
  const flags = useInfiniteQuery(qualityQuery(partnerId));
  const rows = flags.data?.pages.flatMap((page) => page.data) ?? [];
  return (
    <PartnerSection id="partner-quality" title="Quality hits">
      {flags.isPending ? (
        <LoadingState label="Loading quality hits…" rows={2} />
      ) : flags.isError ? (
        <ErrorState error={flags.error} onRetry={() => void flags.refetch()} />
      ) : rows.length === 0 ? (
        <EmptyState title="No quality hits">
          No quality rule has flagged this partner&apos;s traffic or orders.
        </EmptyState>
      ) : (
        <TableFrame label="Quality hits table" minWidth={680}>
          <Table verticalSpacing="xs" horizontalSpacing="md">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Rule</Table.Th>
                <Table.Th scope="col">On</Table.Th>
                <Table.Th scope="col">Evidence</Table.Th>
                <Table.Th scope="col">Flagged</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((flag) => (
                <Table.Tr key={flag.id}>
                  <Table.Td>
                    <Badge variant="light" color="red">
                      {FLAG_LABELS[flag.code] ?? flag.code}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" ff={flag.transactionId ? 'monospace' : undefined}>
                      {flag.transactionId ? `Order ${flag.transactionId}` : flag.day ? formatDay(flag.day) : '—'}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs" ff="monospace" maw={320} style={{ wordBreak: 'break-word' }}>
                      {Object.entries(flag.evidence)
                        .map(([name, value]) => `${name}: ${String(value)}`)
                        .join(', ') || '—'}
                    </Text>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <DateTime value={flag.flaggedAt} dateOnly />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableFrame>
      )}
      <ShowMore list={flags} />
    </PartnerSection>
  );
}

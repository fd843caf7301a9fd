import { Badge, Button, Code, Stack, Table, Text } from '@mantine/core';
import { IconTicket } from '@tabler/icons-react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { DateTime } from '../../ui/date-time';
import { EmptyState } from '../../ui/empty-state';
import { ErrorState } from '../../ui/error-state';
import { LoadingState } from '../../ui/loading-state';
import { PageHeader } from '../../ui/page-header';
import { TableFrame } from '../../ui/table-frame';
import { useActiveBrand } from '../brand';
import { promoCodesQuery } from './api';
import { CreatePromoCodeDialog } from './create-promo-code-dialog';
import { ShowMore } from '../../ui/show-more';

/** Every promo code of the brand with its partner; a new code is made for one partner. */
export function PromoCodesPage() {
  const brand = useActiveBrand();
  const codes = useInfiniteQuery(promoCodesQuery());
  const [creating, setCreating] = useState(false);
  const rows = codes.data?.pages.flatMap((page) => page.data) ?? [];
  return (
    <>
      <PageHeader
        title="Promo codes"
        description="An order placed with a partner’s code counts as a touch of that partner, even without a click."
        actions={
          <Button leftSection={<IconTicket size={16} aria-hidden />} onClick={() => setCreating(true)}>
            Create promo code
          </Button>
        }
      />
      <Stack gap="md">
        {codes.isPending ? (
          <LoadingState label="Loading promo codes…" rows={3} />
        ) : codes.isError ? (
          <ErrorState error={codes.error} onRetry={() => void codes.refetch()} />
        ) : rows.length === 0 ? (
          <EmptyState title="No promo codes">
            Give a creator or a community their own code; orders with it are credited to them.
          </EmptyState>
        ) : (
          <TableFrame label="Promo codes" minWidth={640}>
            <Table verticalSpacing="sm" horizontalSpacing="md">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Code</Table.Th>
                  <Table.Th scope="col">Partner</Table.Th>
                  <Table.Th scope="col">Valid from</Table.Th>
                  <Table.Th scope="col">Valid until</Table.Th>
                  <Table.Th scope="col">Audience</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((code) => (
                  <Table.Tr key={code.id}>
                    <Table.Td>
                      <Code fw={600}>{code.code}</Code>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{code.partnerName}</Text>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <Text size="sm">
                        {code.validFrom ? <DateTime value={code.validFrom} timeZone={brand?.timezone} /> : 'Always'}
                      </Text>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <Text size="sm">
                        {code.validTo ? <DateTime value={code.validTo} timeZone={brand?.timezone} /> : 'No end'}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {code.exclusiveToAudience ? (
                        <Badge variant="light" miw="max-content">
                          Partner’s audience only
                        </Badge>
                      ) : (
                        <Text size="sm">Anyone</Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableFrame>
        )}
        <ShowMore list={codes} />
      </Stack>
      {creating ? <CreatePromoCodeDialog onClose={() => setCreating(false)} /> : null}
    </>
  );
}

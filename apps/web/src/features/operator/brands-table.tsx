import { Anchor, Button, Group, Stack, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { applyPageUrl } from '../../lib/navigation';
import { EmptyState } from '../../ui/empty-state';
import { ErrorState } from '../../ui/error-state';
import { LoadingState } from '../../ui/loading-state';
import { TableFrame } from '../../ui/table-frame';
import { brandsQuery } from './api';
import { ShowMore } from '../../ui/show-more';

/** Every brand on the platform; the search is kept in the URL (`?search=`). */
export function BrandsTable({ onInvite }: { onInvite: (brandId: string) => void }) {
  const [params, setParams] = useSearchParams();
  const search = params.get('search') ?? '';
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const brands = useInfiniteQuery(brandsQuery(debounced));
  const rows = brands.data?.pages.flatMap((page) => page.data) ?? [];

  return (
    <Stack gap="md">
      <TextInput
        label="Search brands"
        placeholder="Name or slug"
        leftSection={<IconSearch size={16} aria-hidden />}
        value={search}
        onChange={(event) =>
          setParams(event.currentTarget.value ? { search: event.currentTarget.value } : {}, { replace: true })
        }
        maw={360}
      />
      {brands.isPending ? (
        <LoadingState label="Loading brands…" />
      ) : brands.isError ? (
        <ErrorState error={brands.error} onRetry={() => void brands.refetch()} />
      ) : rows.length === 0 ? (
        debounced ? (
          <EmptyState title="No brand matches">Nothing is named or slugged like “{debounced}”.</EmptyState>
        ) : (
          <EmptyState title="No brands yet">Create the first one above, then invite its manager.</EmptyState>
        )
      ) : (
        <TableFrame label="Brands" minWidth={720}>
          <Table verticalSpacing="sm" horizontalSpacing="md" highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Brand</Table.Th>
                <Table.Th scope="col">Application page</Table.Th>
                <Table.Th scope="col">Currency</Table.Th>
                <Table.Th scope="col">Time zone</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((brand) => (
                <Table.Tr key={brand.id}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {brand.name}
                    </Text>
                    <Text size="xs" c="dimmed" ff="monospace">
                      {brand.id}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Anchor href={applyPageUrl(window.location.origin, brand.slug)} size="sm" target="_blank">
                      /apply/{brand.slug}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{brand.currency}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{brand.timezone}</Table.Td>
                  <Table.Td>
                    <Group justify="flex-end">
                      <Button
                        size="xs"
                        variant="default"
                        onClick={() => onInvite(brand.id)}
                        aria-label={`Invite a manager to ${brand.name}`}
                      >
                        Invite a manager
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableFrame>
      )}
      <ShowMore list={brands} />
    </Stack>
  );
}

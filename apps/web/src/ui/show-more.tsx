import { Button, Group } from '@mantine/core';

/** What ShowMore needs of a TanStack infinite query. */
export interface PagedList {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => unknown;
}

/**
 * The next page of a list that pages by cursor (the rows already shown stay while it loads):
 * nothing when there is none.
 */
export function ShowMore({ list, label = 'Show more' }: { list: PagedList; label?: string }) {
  if (!list.hasNextPage) return null;
  return (
    <Group justify="center" mt="md">
      <Button variant="default" loading={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
        {label}
      </Button>
    </Group>
  );
}

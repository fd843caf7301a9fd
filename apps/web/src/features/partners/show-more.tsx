import { Button, Group } from '@mantine/core';

/** The next page of a list that pages by cursor: nothing when there is none. */
export function ShowMore({ hasMore, loading, onMore }: { hasMore: boolean; loading: boolean; onMore: () => void }) {
  if (!hasMore) return null;
  return (
    <Group justify="center" mt="md">
      <Button variant="default" loading={loading} onClick={onMore}>
        Show more
      </Button>
    </Group>
  );
}

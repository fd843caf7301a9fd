import { Anchor, Badge, Group, List, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { OverviewTodo } from '../../api/types';
import { formatCount, formatDay } from '../../lib/format';

interface Item {
  count: number;
  text: string;
  to: string;
}

const plural = (count: number, one: string, many: string): string => (count === 1 ? one : many);

/** What waits, each with its count, linking to the page where it is done. */
function itemsOf(todo: OverviewTodo): Item[] {
  const month = todo.monthToIssue
    ? formatDay(`${todo.monthToIssue}-01`, undefined, { month: 'long', year: 'numeric' })
    : undefined;
  return [
    {
      count: todo.conversionsInReview,
      text: plural(todo.conversionsInReview, 'conversion in review', 'conversions in review'),
      to: '/console/conversions/review',
    },
    {
      count: todo.applicationsWaiting,
      text: plural(todo.applicationsWaiting, 'application waiting', 'applications waiting'),
      to: '/console/applications',
    },
    {
      count: todo.statementsToIssue,
      text: `${plural(todo.statementsToIssue, 'statement', 'statements')} to issue${month ? ` for ${month}` : ''}`,
      to: '/console/payouts',
    },
    {
      count: todo.statementsToPay,
      text: plural(todo.statementsToPay, 'statement to pay', 'statements to pay'),
      to: '/console/payouts',
    },
    {
      count: todo.failingWebhooks,
      text: plural(todo.failingWebhooks, 'webhook endpoint failing', 'webhook endpoints failing'),
      to: '/console/settings/webhooks',
    },
  ].filter((item) => item.count > 0);
}

export function TodoList({ todo }: { todo: OverviewTodo }) {
  const items = itemsOf(todo);
  if (items.length === 0) {
    return (
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <ThemeIcon color="teal" variant="light" radius="xl" aria-hidden>
          <IconCheck size={18} />
        </ThemeIcon>
        <Stack gap={2}>
          <Text fw={600}>All done</Text>
          <Text size="sm" c="dimmed">
            No conversion waits for review, no application for a decision, no statement to issue or pay, and every
            webhook is delivering.
          </Text>
        </Stack>
      </Group>
    );
  }
  return (
    <List spacing="sm" listStyleType="none" aria-label="To do">
      {items.map((item) => (
        <List.Item key={item.text}>
          <Anchor component={Link} to={item.to} size="sm">
            <span style={{ display: 'inline-flex', alignItems: 'center', gap: 'var(--mantine-spacing-sm)' }}>
              <Badge variant="light" size="lg" miw={40} component="span">
                {formatCount(item.count)}
              </Badge>{' '}
              <span>{item.text}</span>
            </span>
          </Anchor>
        </List.Item>
      ))}
    </List>
  );
}

import { Badge, Card, Code, Group, List, Stack, Text, Title } from '@mantine/core';
import { PageHeader } from './page-header';

export interface ComingSoonProps {
  title: string;
  description: string;
  /** What the page will show, one line each. */
  holds: string[];
  /** The API routes it will read and write ("GET /v1/partners"). */
  api: string[];
}

/** A page that a later release fills: what it will hold and the API it will use, never a blank. */
export function ComingSoon({ title, description, holds, api }: ComingSoonProps) {
  return (
    <>
      <PageHeader title={title} description={description} />
      <Card withBorder radius="md" padding="lg" maw={760}>
        <Stack gap="md">
          <Group justify="space-between">
            <Title order={2} fz="h4">
              What this page will hold
            </Title>
            <Badge variant="light" color="gray">
              Coming in the next release
            </Badge>
          </Group>
          <List spacing={6} size="sm">
            {holds.map((line) => (
              <List.Item key={line}>{line}</List.Item>
            ))}
          </List>
          <div>
            <Text size="sm" fw={600} mb={6}>
              The API it will use (available today with an API key)
            </Text>
            <Group gap={6}>
              {api.map((route) => (
                <Code key={route}>{route}</Code>
              ))}
            </Group>
          </div>
        </Stack>
      </Card>
    </>
  );
}

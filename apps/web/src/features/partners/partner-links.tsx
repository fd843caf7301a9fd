import { ActionIcon, Button, CopyButton, Group, Stack, Table, Text, TextInput, Tooltip } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconCheck, IconCopy, IconPlus } from '@tabler/icons-react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { LinkResponse } from '../../api/types';
import { AppModal } from '../../ui/app-modal';
import { CopyField } from '../../ui/copy-field';
import { DateTime } from '../../ui/date-time';
import { EmptyState } from '../../ui/empty-state';
import { ErrorState } from '../../ui/error-state';
import { showApiErrorOnForm } from '../../ui/form-errors';
import { FormProblem } from '../../ui/form-problem';
import { LoadingState } from '../../ui/loading-state';
import { TableFrame } from '../../ui/table-frame';
import { useActiveBrand } from '../brand';
import { linksQuery, useCreateLink } from './api';
import { PartnerSection } from './partner-section';
import { ShowMore } from '../../ui/show-more';

const SUB_IDS = ['sub1', 'sub2', 'sub3', 'sub4', 'sub5'] as const;

const subIdsOf = (link: LinkResponse): string[] =>
  SUB_IDS.flatMap((name) => (link[name] ? [`${name}=${link[name]}`] : []));

function CopyLinkButton({ url, code }: { url: string; code: string }) {
  return (
    <CopyButton value={url}>
      {({ copied, copy }) => (
        <Tooltip label={copied ? 'Copied' : 'Copy'} withArrow>
          <ActionIcon variant="subtle" onClick={copy} aria-label={copied ? `Copied ${code}` : `Copy link ${code}`}>
            {copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
          </ActionIcon>
        </Tooltip>
      )}
    </CopyButton>
  );
}

/** Destination on one of the brand's landing domains, an optional code of one's own, and sub-ids. */
function CreateLinkDialog({ partnerId, onClose }: { partnerId: string; onClose: () => void }) {
  const brand = useActiveBrand();
  const create = useCreateLink(partnerId);
  const [problem, setProblem] = useState<string | null>(null);
  const domain = brand?.landingDomains[0];
  const form = useForm({
    initialValues: {
      destinationUrl: domain ? `https://${domain}/` : '',
      code: '',
      sub1: '',
      sub2: '',
      sub3: '',
      sub4: '',
      sub5: '',
    },
    validate: { destinationUrl: (value) => (value.trim() ? null : 'Enter the page the link leads to') },
  });
  return (
    <AppModal title="Create link" onClose={onClose}>
      {create.data ? (
        <Stack gap="md">
          <Text size="sm">The link is ready. Share it with the partner: each click on it is theirs.</Text>
          <CopyField label="Tracking link" value={create.data.url} />
          <Group justify="flex-end">
            <Button onClick={onClose}>Done</Button>
          </Group>
        </Stack>
      ) : (
        <form
          noValidate
          onSubmit={form.onSubmit((values) => {
            setProblem(null);
            const body = Object.fromEntries(
              Object.entries(values)
                .map(([name, value]) => [name, value.trim()])
                .filter(([, value]) => value),
            ) as { destinationUrl: string };
            create.mutate(body, { onError: (error) => setProblem(showApiErrorOnForm(form, error)) });
          })}
        >
          <Stack gap="md">
            <FormProblem problem={problem} />
            <TextInput
              label="Destination"
              description={
                brand
                  ? `A page on ${brand.landingDomains.join(', ')} (or a subdomain).`
                  : 'A page on your landing domains.'
              }
              required
              data-autofocus
              {...form.getInputProps('destinationUrl')}
            />
            <TextInput
              label="Code"
              description="Your own short code (letters, digits, - and _); left empty, one is made."
              {...form.getInputProps('code')}
            />
            <Group grow align="flex-start" wrap="wrap">
              {SUB_IDS.map((name) => (
                <TextInput key={name} label={name} miw={110} {...form.getInputProps(name)} />
              ))}
            </Group>
            <Text size="xs" c="dimmed">
              Sub-ids travel with every click of the link (a campaign, a placement) and show in reports.
            </Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                Cancel
              </Button>
              <Button type="submit" loading={create.isPending}>
                Create link
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </AppModal>
  );
}

/** The partner's tracking links with their short URLs to copy, destinations and sub-ids. */
export function PartnerLinks({ partnerId }: { partnerId: string }) {
  const links = useInfiniteQuery(linksQuery(partnerId));
  const [creating, setCreating] = useState(false);
  const rows = links.data?.pages.flatMap((page) => page.data) ?? [];
  return (
    <PartnerSection
      id="partner-links"
      title="Links"
      actions={
        <Button size="xs" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => setCreating(true)}>
          Create link
        </Button>
      }
    >
      {links.isPending ? (
        <LoadingState label="Loading links…" rows={2} />
      ) : links.isError ? (
        <ErrorState error={links.error} onRetry={() => void links.refetch()} />
      ) : rows.length === 0 ? (
        <EmptyState title="No links yet">Create a tracking link for this partner to share.</EmptyState>
      ) : (
        <TableFrame label="Links table" minWidth={720}>
          <Table verticalSpacing="xs" horizontalSpacing="md">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Tracking link</Table.Th>
                <Table.Th scope="col">Destination</Table.Th>
                <Table.Th scope="col">Sub-ids</Table.Th>
                <Table.Th scope="col">Created</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((link) => (
                <Table.Tr key={link.code}>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Text size="sm" ff="monospace" style={{ wordBreak: 'break-all' }}>
                        {link.url}
                      </Text>
                      <CopyLinkButton url={link.url} code={link.code} />
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" maw={280} truncate title={link.destinationUrl}>
                      {link.destinationUrl}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" ff="monospace">
                      {subIdsOf(link).join(' · ') || '—'}
                    </Text>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <DateTime value={link.createdAt} dateOnly />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableFrame>
      )}
      <ShowMore list={links} />
      {creating ? <CreateLinkDialog partnerId={partnerId} onClose={() => setCreating(false)} /> : null}
    </PartnerSection>
  );
}

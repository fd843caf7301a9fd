import {
  Box,
  Button,
  Checkbox,
  Container,
  Divider,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Spoiler,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDocumentTitle } from '@mantine/hooks';
import { IconCircleCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useParams } from 'react-router';
import { isApiError } from '../../api/api-error';
import {
  FUNNEL_ROLES,
  funnelRoleLabel,
  type FunnelRole,
  PARTNER_TYPES,
  type PartnerType,
  partnerTypeLabel,
} from '../../lib/partner-kinds';
import { ErrorState } from '../../ui/error-state';
import { showApiErrorOnForm } from '../../ui/form-errors';
import { PageLoader } from '../../ui/loading-state';
import { Logo } from '../../ui/logo';
import { usePublicBrand, useSubmitApplication } from './api';
import { FormProblem } from '../../ui/form-problem';

const TYPE_OPTIONS = PARTNER_TYPES.map((type) => ({ value: type, label: partnerTypeLabel(type) }));
const ROLE_OPTIONS = FUNNEL_ROLES.map((role) => ({ value: role, label: funnelRoleLabel(role) }));

/** The public page a brand shares with would-be partners: its program, its terms, the application form. */
export function ApplyPage() {
  const { brandSlug = '' } = useParams();
  const brand = usePublicBrand(brandSlug);
  const submit = useSubmitApplication(brandSlug);
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm({
    initialValues: {
      name: '',
      email: '',
      website: '',
      type: '',
      role: '',
      message: '',
      terms: false,
      companyWebsite: '',
    },
    validate: {
      name: (value) => (value.trim() ? null : 'Enter your name or your company’s'),
      email: (value) => (/^\S+@\S+\.\S+$/.test(value) ? null : 'Enter an email address'),
      website: (value) => (!value || /^https?:\/\/\S+\.\S+/i.test(value) ? null : 'Start with https://'),
      type: (value) => (value ? null : 'Pick what kind of partner you are'),
      terms: (value) => (value ? null : 'Accept the program terms to apply'),
    },
  });

  useDocumentTitle(brand.data ? `Apply to ${brand.data.name}'s partner program` : 'Partner program · Partnermix');

  if (brand.isPending) return <PageLoader label="Loading the program…" />;

  return (
    <Box bg="gray.0" mih="100vh" component="main">
      <Container size={760} py={48}>
        <Stack gap="lg">
          <Logo />
          {brand.isError ? (
            isApiError(brand.error, 'not_found') ? (
              <Paper withBorder p="xl" radius="md">
                <Title order={1} fz="h2" mb="xs">
                  This program was not found
                </Title>
                <Text c="dimmed">
                  No partner program lives at this address. Check the link with the brand that gave it to you.
                </Text>
              </Paper>
            ) : (
              <ErrorState error={brand.error} onRetry={() => void brand.refetch()} />
            )
          ) : (
            <>
              <Paper withBorder p="xl" radius="md">
                <Text size="sm" fw={600} c="brand.8" tt="uppercase">
                  Partner program
                </Text>
                <Title order={1} mt={4}>
                  {brand.data.name}
                </Title>
                <Text mt="md" style={{ whiteSpace: 'pre-line' }}>
                  {brand.data.programDescription ||
                    `${brand.data.name} works with creators, publishers and communities. Apply below and the team will get back to you.`}
                </Text>
                {brand.data.programTerms ? (
                  <>
                    <Divider my="lg" />
                    <Title order={2} fz="h4" mb="xs">
                      Program terms
                    </Title>
                    <Spoiler maxHeight={160} showLabel="Show all terms" hideLabel="Show less">
                      <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                        {brand.data.programTerms}
                      </Text>
                    </Spoiler>
                  </>
                ) : null}
              </Paper>
              <Paper withBorder p="xl" radius="md">
                {submit.isSuccess ? (
                  <Stack align="center" ta="center" gap="sm" role="status">
                    <IconCircleCheck size={48} color="var(--mantine-color-brand-8)" aria-hidden />
                    <Title order={2}>Thank you, your application is in</Title>
                    <Text c="dimmed" maw={480}>
                      {brand.data.name} will review it. If they approve it, you will get an email with a link to set up
                      your partner account.
                    </Text>
                  </Stack>
                ) : (
                  <form
                    noValidate
                    onSubmit={form.onSubmit((values) => {
                      setProblem(null);
                      submit.mutate(
                        {
                          name: values.name.trim(),
                          email: values.email.trim(),
                          type: values.type as PartnerType,
                          ...(values.website.trim() ? { website: values.website.trim() } : {}),
                          ...(values.role ? { role: values.role as FunnelRole } : {}),
                          ...(values.message.trim() ? { message: values.message.trim() } : {}),
                          // The spam trap: people never see it, robots that fill every field do.
                          ...(values.companyWebsite ? { companyWebsite: values.companyWebsite } : {}),
                        },
                        { onError: (error) => setProblem(showApiErrorOnForm(form, error)) },
                      );
                    })}
                  >
                    <Stack gap="md">
                      <Title order={2} fz="h3">
                        Apply to join
                      </Title>
                      <FormProblem problem={problem} />
                      <SimpleGrid cols={{ base: 1, sm: 2 }}>
                        <TextInput label="Name" autoComplete="name" required {...form.getInputProps('name')} />
                        <TextInput
                          label="Email"
                          type="email"
                          autoComplete="email"
                          required
                          {...form.getInputProps('email')}
                        />
                      </SimpleGrid>
                      <TextInput
                        label="Website or main channel"
                        placeholder="https://"
                        autoComplete="url"
                        {...form.getInputProps('website')}
                      />
                      <SimpleGrid cols={{ base: 1, sm: 2 }}>
                        <Select
                          label="What kind of partner are you?"
                          placeholder="Pick one"
                          data={TYPE_OPTIONS}
                          required
                          {...form.getInputProps('type')}
                        />
                        <Select
                          label="How do you help customers?"
                          placeholder="Optional"
                          data={ROLE_OPTIONS}
                          clearable
                          {...form.getInputProps('role')}
                        />
                      </SimpleGrid>
                      <Textarea
                        label="Message"
                        description="Your audience, where you would feature the brand, anything that helps the team decide."
                        autosize
                        minRows={3}
                        {...form.getInputProps('message')}
                      />
                      <div
                        aria-hidden="true"
                        style={{ position: 'absolute', left: '-10000px', height: 0, overflow: 'hidden' }}
                      >
                        <input type="text" tabIndex={-1} autoComplete="off" {...form.getInputProps('companyWebsite')} />
                      </div>
                      <Checkbox
                        label="I have read and accept the program terms"
                        {...form.getInputProps('terms', { type: 'checkbox' })}
                      />
                      <Group justify="flex-end">
                        <Button type="submit" loading={submit.isPending} size="md">
                          Send application
                        </Button>
                      </Group>
                    </Stack>
                  </form>
                )}
              </Paper>
            </>
          )}
        </Stack>
      </Container>
    </Box>
  );
}

import { ActionIcon, Button, Fieldset, Group, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconTrash } from '@tabler/icons-react';
import type { PartnerResponse } from '../../api/types';
import { FUNNEL_ROLES, funnelRoleLabel, PARTNER_TYPES, partnerTypeLabel } from '../../lib/partner-kinds';
import { GroupError } from './group-error';
import { FLAT_FEE_PERIOD_OPTIONS } from './plan-labels';
import { newKey, type PlanValues } from './plan-form';

const ROLE_OPTIONS = FUNNEL_ROLES.map((role) => ({ value: role, label: funnelRoleLabel(role).split(' — ')[0] }));
const TYPE_OPTIONS = PARTNER_TYPES.map((type) => ({ value: type, label: partnerTypeLabel(type) }));

/** One rule: who it is for (any of role, type, partner) and how it pays (blank = not that way). */
export function RuleFields({
  form,
  index,
  currency,
  partners,
}: {
  form: UseFormReturnType<PlanValues>;
  index: number;
  currency: string;
  partners: PartnerResponse[];
}) {
  const path = `rules.${index}`;
  const rule = form.getValues().rules[index];
  const select = (field: 'role' | 'partnerType' | 'partnerId') => ({
    value: rule[field] || null,
    onChange: (value: string | null) => form.setFieldValue(`${path}.${field}`, value ?? ''),
    error: form.errors[`${path}.${field}`],
    clearable: true,
    placeholder: 'Any',
  });
  const money = {
    rightSection: <Text size="xs">{currency}</Text>,
    rightSectionWidth: 44,
    inputMode: 'decimal' as const,
  };
  const percent = { rightSection: <Text size="xs">%</Text>, inputMode: 'decimal' as const };
  const title = `Rule ${index + 1}`;

  return (
    <Fieldset legend={title} radius="md">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm" style={{ flex: 1 }}>
            <Select label="Funnel role" data={ROLE_OPTIONS} {...select('role')} />
            <Select label="Partner type" data={TYPE_OPTIONS} {...select('partnerType')} />
            <Select
              label="Partner"
              data={partners.map((partner) => ({ value: partner.id, label: partner.name }))}
              searchable
              nothingFoundMessage="No partner by that name"
              {...select('partnerId')}
            />
          </SimpleGrid>
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={`Remove rule ${index + 1}`}
            onClick={() => form.removeListItem('rules', index)}
            mt={26}
          >
            <IconTrash size={18} aria-hidden />
          </ActionIcon>
        </Group>
        <GroupError error={form.errors[path]} />
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
          <TextInput label="CPS rate" {...percent} {...form.getInputProps(`${path}.cps.rateBps`)} />
          <TextInput label="CPA per conversion" {...money} {...form.getInputProps(`${path}.cpa.amount`)} />
          <TextInput label="CPC per click" {...money} {...form.getInputProps(`${path}.cpc.amount`)} />
          <TextInput label="CPM per 1,000 views" {...money} {...form.getInputProps(`${path}.cpm.amount`)} />
        </SimpleGrid>
        <GroupError error={form.errors[`${path}.cps`]} />
        {rule.cps.tiers.map((tier, tierIndex) => {
          const tierPath = `${path}.cps.tiers.${tierIndex}`;
          return (
            <Stack key={tier.key} gap={4}>
              <Group gap="sm" align="flex-start" wrap="nowrap">
                <TextInput
                  label={`Tier ${tierIndex + 1}: from quarterly revenue`}
                  {...money}
                  style={{ flex: 1 }}
                  {...form.getInputProps(`${tierPath}.fromRevenue`)}
                />
                <TextInput
                  label={`Tier ${tierIndex + 1}: CPS rate`}
                  {...percent}
                  style={{ flex: 1 }}
                  {...form.getInputProps(`${tierPath}.rateBps`)}
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={`Remove tier ${tierIndex + 1} of rule ${index + 1}`}
                  onClick={() => form.removeListItem(`${path}.cps.tiers`, tierIndex)}
                  mt={26}
                >
                  <IconTrash size={18} aria-hidden />
                </ActionIcon>
              </Group>
              <GroupError error={form.errors[tierPath]} />
            </Stack>
          );
        })}
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TextInput label="Flat fee" {...money} {...form.getInputProps(`${path}.flatFee.amount`)} />
          <Select
            label="Flat fee paid"
            data={FLAT_FEE_PERIOD_OPTIONS}
            allowDeselect={false}
            {...form.getInputProps(`${path}.flatFee.period`)}
          />
          <Group align="flex-end">
            <Button
              variant="subtle"
              size="sm"
              onClick={() => form.insertListItem(`${path}.cps.tiers`, { key: newKey(), fromRevenue: '', rateBps: '' })}
              aria-label={`Add a CPS tier to rule ${index + 1}`}
            >
              Add a CPS tier
            </Button>
          </Group>
        </SimpleGrid>
        <GroupError error={form.errors[`${path}.flatFee`]} />
      </Stack>
    </Fieldset>
  );
}

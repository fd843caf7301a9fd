import { Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { PlanRule, PlanVersion } from '../../api/types';
import { funnelRoleLabel, partnerTypeLabel } from '../../lib/partner-kinds';
import { DateTime } from '../../ui/date-time';
import { Money } from '../../ui/money';
import { TableFrame } from '../../ui/table-frame';
import { rulePartnersQuery } from './api';
import { formatBps, MODEL_LABELS } from './plan-labels';

function Term({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm">{children}</Text>
    </div>
  );
}

/** Who a rule is for, in words: "Conversion · Coupon or deal site", or "Everyone". */
function appliesTo(rule: PlanRule, partnerName: (id: string) => string): string {
  const parts = [
    rule.role ? funnelRoleLabel(rule.role).split(' — ')[0] : undefined,
    rule.partnerType ? partnerTypeLabel(rule.partnerType) : undefined,
    rule.partnerId ? partnerName(rule.partnerId) : undefined,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(' · ') : 'Every partner';
}

/** A plan version's terms, read-only: what the editor edits, in the same order. */
export function PlanTerms({ plan, currency, timeZone }: { plan: PlanVersion; currency: string; timeZone: string }) {
  const partners = useQuery(rulePartnersQuery());
  const partnerName = (id: string) => partners.data?.data.find((partner) => partner.id === id)?.name ?? id;
  const { attribution } = plan;
  const shaping = attribution.model === 'role_weighted' ? (attribution.base ?? 'position_based') : attribution.model;
  return (
    <Stack gap="lg">
      <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="terms-general">
        <Title order={2} fz="h4" id="terms-general" mb="sm">
          Terms
        </Title>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="md">
          <Term label="Starts">
            <DateTime value={plan.effectiveFrom} timeZone={timeZone} />
          </Term>
          <Term label="Lookback window">{plan.lookbackDays} days</Term>
          <Term label="Lock period">{plan.lockDays} days</Term>
          <Term label="Promo codes">
            {plan.codePolicy === 'exclusive' ? "All credit to the code's partner" : 'A touch like a click'}
          </Term>
          <Term label="Attribution">
            {MODEL_LABELS[attribution.model] ?? attribution.model}
            {attribution.model === 'role_weighted' ? ` over ${MODEL_LABELS[shaping] ?? shaping}` : ''}
          </Term>
          {shaping === 'position_based' ? (
            <Term label="First / last touch share">
              {String(attribution.firstShare ?? '0.4')} / {String(attribution.lastShare ?? '0.4')}
            </Term>
          ) : null}
          {shaping === 'time_decay' ? (
            <Term label="Half-life">{String(attribution.halfLifeDays ?? 7)} days</Term>
          ) : null}
          {attribution.model === 'role_weighted' && attribution.roleWeights ? (
            <Term label="Role weights">
              {Object.entries(attribution.roleWeights)
                .map(([role, weight]) => `${role} ${String(weight)}`)
                .join(', ')}
            </Term>
          ) : null}
          <Term label="New-customer bonus">
            {plan.newCustomerBonus ? (
              <>
                {plan.newCustomerBonus.rateBps !== undefined ? formatBps(plan.newCustomerBonus.rateBps) : null}
                {plan.newCustomerBonus.rateBps !== undefined && plan.newCustomerBonus.amount ? ' + ' : null}
                {plan.newCustomerBonus.amount ? (
                  <Money amount={plan.newCustomerBonus.amount} currency={currency} />
                ) : null}
              </>
            ) : (
              'None'
            )}
          </Term>
          <Term label="Cap per partner and month">
            {plan.caps ? <Money amount={plan.caps.perPartnerPerMonth} currency={currency} /> : 'None'}
          </Term>
        </SimpleGrid>
      </Card>
      <Stack gap="xs">
        <Title order={2} fz="h4">
          Rules
        </Title>
        {plan.rules.length === 0 ? (
          <Text size="sm" c="dimmed">
            No rules: this version pays no commission.
          </Text>
        ) : (
          <TableFrame label="Rules" minWidth={720}>
            <Table verticalSpacing="sm" horizontalSpacing="md">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Applies to</Table.Th>
                  <Table.Th scope="col">CPS</Table.Th>
                  <Table.Th scope="col">CPA</Table.Th>
                  <Table.Th scope="col">CPC</Table.Th>
                  <Table.Th scope="col">CPM</Table.Th>
                  <Table.Th scope="col">Flat fee</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {plan.rules.map((rule, index) => (
                  <Table.Tr key={index}>
                    <Table.Td>{appliesTo(rule, partnerName)}</Table.Td>
                    <Table.Td>
                      {rule.cps ? (
                        <Stack gap={0}>
                          <Text size="sm">{formatBps(rule.cps.rateBps)}</Text>
                          {(rule.cps.tiers ?? []).map((tier) => (
                            <Group key={tier.fromRevenue} gap={4} wrap="nowrap">
                              <Text size="xs" c="dimmed">
                                from <Money amount={tier.fromRevenue} currency={currency} />: {formatBps(tier.rateBps)}
                              </Text>
                            </Group>
                          ))}
                        </Stack>
                      ) : (
                        '—'
                      )}
                    </Table.Td>
                    <Table.Td>{rule.cpa ? <Money amount={rule.cpa.amount} currency={currency} /> : '—'}</Table.Td>
                    <Table.Td>{rule.cpc ? <Money amount={rule.cpc.amount} currency={currency} /> : '—'}</Table.Td>
                    <Table.Td>{rule.cpm ? <Money amount={rule.cpm.amount} currency={currency} /> : '—'}</Table.Td>
                    <Table.Td>
                      {rule.flatFee ? (
                        <>
                          <Money amount={rule.flatFee.amount} currency={currency} /> per {rule.flatFee.period}
                        </>
                      ) : (
                        '—'
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableFrame>
        )}
      </Stack>
    </Stack>
  );
}

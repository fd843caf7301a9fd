import { Badge, Card, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { useSearchParams } from 'react-router';
import type { PartnerFigures, RoleFigures, TypeFigures } from '../../api/types';
import { partnerTypeLabel } from '../../lib/partner-kinds';
import { figures } from './figures';
import { GroupFiguresTable } from './group-figures-table';

const VIEWS = ['role', 'type', 'partner'] as const;
type View = (typeof VIEWS)[number];

/** The figures by funnel role, partner type or partner (`?by=`), one table each. */
export function FiguresSection({
  byRole,
  byType,
  byPartner,
  currency,
}: {
  byRole: RoleFigures[];
  byType: TypeFigures[];
  byPartner: PartnerFigures[];
  currency: string;
}) {
  const [params, setParams] = useSearchParams();
  const asked = params.get('by');
  const view: View = VIEWS.includes(asked as View) ? (asked as View) : 'role';
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="figures-title">
      <Title id="figures-title" order={2} fz="h4" mb={4}>
        Figures
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        By the settlement model’s credit. Conversions and new customers are credit-weighted (a customer shared by two
        partners counts half for each); CAC is commission per new customer, cost of sale commission per unit of GMV.
      </Text>
      <Tabs
        value={view}
        onChange={(value) => {
          const next = new URLSearchParams(params);
          if (value && value !== 'role') next.set('by', value);
          else next.delete('by');
          setParams(next, { replace: true });
        }}
        keepMounted={false}
      >
        <Tabs.List mb="md">
          <Tabs.Tab value="role">By funnel role</Tabs.Tab>
          <Tabs.Tab value="type">By partner type</Tabs.Tab>
          <Tabs.Tab value="partner">By partner ({byPartner.length})</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="role">
          <GroupFiguresTable
            label="Figures by funnel role"
            heading="Funnel role"
            currency={currency}
            rows={byRole.map(({ role, ...row }) => ({ key: role, name: figures.name(role), figures: row }))}
          />
        </Tabs.Panel>
        <Tabs.Panel value="type">
          <GroupFiguresTable
            label="Figures by partner type"
            heading="Partner type"
            currency={currency}
            rows={byType.map(({ type, ...row }) => ({ key: type, name: partnerTypeLabel(type), figures: row }))}
          />
        </Tabs.Panel>
        <Tabs.Panel value="partner">
          <GroupFiguresTable
            label="Figures by partner"
            heading="Partner"
            currency={currency}
            rows={byPartner.map(({ partnerId, name, role, type, ...row }) => ({
              key: partnerId,
              name: (
                <Stack gap={2}>
                  <span>{name}</span>
                  <Group gap={4}>
                    <Badge size="xs" variant="light">
                      {figures.name(role)}
                    </Badge>
                    <Badge size="xs" variant="outline" color="gray">
                      {partnerTypeLabel(type)}
                    </Badge>
                  </Group>
                </Stack>
              ),
              figures: row,
            }))}
          />
        </Tabs.Panel>
      </Tabs>
    </Card>
  );
}

import { Badge, Group, SimpleGrid, Stack, Text, ThemeIcon, Timeline } from '@mantine/core';
import { IconRepeat, IconScale, IconShoppingCart, IconSpeakerphone, IconTicket } from '@tabler/icons-react';
import type { ComponentType } from 'react';
import type { AttributionTouch, ConversionResponse } from '../../api/types';
import { formatShare } from '../../lib/format';
import { FUNNEL_ROLES, type FunnelRole } from '../../lib/partner-kinds';
import { DateTime } from '../../ui/date-time';
import { Money } from '../../ui/money';
import { ruleAndTier } from './commission-labels';
import { roleColor, roleShortLabel } from './role-colors';

/** A shape per role as well as a colour, so the roles differ for people who do not see the colours. */
const ROLE_ICONS: Record<FunnelRole, ComponentType<{ size?: number; 'aria-hidden'?: boolean }>> = {
  awareness: IconSpeakerphone,
  consideration: IconScale,
  conversion: IconTicket,
  retention: IconRepeat,
};

function RoleIcon({ role, size = 14 }: { role: string; size?: number }) {
  const Icon = ROLE_ICONS[role as FunnelRole] ?? IconSpeakerphone;
  return <Icon size={size} aria-hidden />;
}

/** "5 days 2 h before the order", in words: how long before the order the touch came. */
function before(touchAt: string, orderAt: string): string {
  const minutes = Math.round((Date.parse(orderAt) - Date.parse(touchAt)) / 60_000);
  if (minutes < 1) return 'less than a minute before the order';
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  const parts = days
    ? [`${days} d`, hours ? `${hours} h` : '']
    : hours
      ? [`${hours} h`, mins ? `${mins} min` : '']
      : [`${mins} min`];
  return `${parts.filter(Boolean).join(' ')} before the order`;
}

function Figure({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={500} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {children}
      </Text>
    </div>
  );
}

/** The legend: each role's colour and shape with its name. */
export function RoleLegend() {
  return (
    <Group gap="md" aria-label="Funnel roles" role="list">
      {FUNNEL_ROLES.map((role) => (
        <Group key={role} gap={6} role="listitem">
          <ThemeIcon size="sm" radius="xl" color={roleColor(role)} aria-hidden>
            <RoleIcon role={role} size={12} />
          </ThemeIcon>
          <Text size="sm">{roleShortLabel(role)}</Text>
        </Group>
      ))}
    </Group>
  );
}

/**
 * The journey: each credited touch in time order, marked by its role (colour, shape and name), with
 * the model's base weight, the role's weight, the credit, the revenue and commission it carries, and
 * the plan's rule and tier behind the commission; the order closes the line.
 */
export function JourneyTimeline({ conversion, timeZone }: { conversion: ConversionResponse; timeZone?: string }) {
  const touches = conversion.attribution;
  const earningOf = (touch: AttributionTouch) =>
    conversion.commissions.find(
      (entry) =>
        entry.partnerId === touch.partnerId && (entry.kind === 'cps' || entry.kind === 'cpa') && !entry.reversalId,
    );
  return (
    <Timeline active={touches.length} bulletSize={28} lineWidth={3}>
      {touches.map((touch, index) => {
        const entry = earningOf(touch);
        return (
          <Timeline.Item
            key={`${touch.clickId ?? touch.promoCodeId}-${index}`}
            color={roleColor(touch.role)}
            bullet={<RoleIcon role={touch.role} />}
            title={
              <Group gap="xs" wrap="wrap">
                <Text fw={600} size="sm">
                  {index + 1}. {touch.partnerName ?? touch.partnerId}
                </Text>
                <Badge
                  color={roleColor(touch.role)}
                  variant="light"
                  radius="sm"
                  tt="none"
                  leftSection={<RoleIcon role={touch.role} size={12} />}
                >
                  {roleShortLabel(touch.role)}
                </Badge>
                {touch.promoCodeId ? (
                  <Badge variant="outline" color="gray" radius="sm">
                    Promo code
                  </Badge>
                ) : null}
              </Group>
            }
          >
            <Text size="xs" c="dimmed" mb={6}>
              <DateTime value={touch.occurredAt} timeZone={timeZone} /> ·{' '}
              {before(touch.occurredAt, conversion.occurredAt)}
            </Text>
            <SimpleGrid
              cols={{ base: 2, sm: 3, lg: 6 }}
              spacing="xs"
              verticalSpacing={6}
              aria-label={`Touch ${index + 1}: ${touch.partnerName ?? ''}`}
              role="group"
            >
              <Figure label="Base weight">{touch.baseWeight}</Figure>
              <Figure label="Role weight">{touch.roleWeight}</Figure>
              <Figure label="Credit">
                {touch.creditExact} ({formatShare(touch.credit)})
              </Figure>
              <Figure label="Attributed revenue">
                <Money amount={touch.attributedRevenue} currency={conversion.currency} />
              </Figure>
              <Figure label="Rule and tier">{entry ? ruleAndTier(entry) : '—'}</Figure>
              <Figure label="Commission">
                <Money amount={touch.commission} currency={conversion.currency} />
              </Figure>
            </SimpleGrid>
          </Timeline.Item>
        );
      })}
      <Timeline.Item
        color="dark"
        bullet={<IconShoppingCart size={14} aria-hidden />}
        title={
          <Text fw={600} size="sm">
            Order {conversion.transactionId}: <Money amount={conversion.amount} currency={conversion.currency} />
          </Text>
        }
      >
        <Stack gap={0}>
          <Text size="xs" c="dimmed">
            <DateTime value={conversion.occurredAt} timeZone={timeZone} />
          </Text>
        </Stack>
      </Timeline.Item>
    </Timeline>
  );
}

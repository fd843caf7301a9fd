import { Button, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { Link } from 'react-router';
import type { SessionResponse } from '../../api/types';
import { homePath } from '../../lib/navigation';
import { RequireSession } from '../auth';
import { AppLayout } from './app-layout';
import type { Area } from './nav';

function mayEnter(area: Area, session: SessionResponse): boolean {
  const active =
    session.memberships.find((membership) => membership.brandId === session.activeBrandId) ?? session.memberships[0];
  switch (area) {
    case 'console':
      return active?.role === 'brand_manager';
    case 'portal':
      return active?.role === 'partner';
    case 'operator':
      return session.user.isOperator === true;
    case 'account':
      return true;
  }
}

const WHO: Record<Area, string> = {
  console: 'brand managers',
  portal: 'partners',
  operator: 'Partnermix operators',
  account: 'signed-in people',
};

function NotForYou({ area, session }: { area: Area; session: SessionResponse }) {
  useDocumentTitle(`Not available to you · Partnermix`);
  return (
    <Stack align="center" justify="center" mih="80vh" gap="sm" ta="center" p="md" component="main">
      <Title order={1} fz="h2">
        This part is for {WHO[area]}
      </Title>
      <Text c="dimmed" maw={460}>
        Your active brand does not give you access here. If you belong to several brands, switch brand from your home
        page.
      </Text>
      <Button component={Link} to={homePath(session)}>
        Go to your home page
      </Button>
    </Stack>
  );
}

/** A signed-in area: its shell and navigation for people whose active role fits, a clear refusal otherwise. */
export function RequireArea({ area }: { area: Area }) {
  return (
    <RequireSession>
      {(session) =>
        mayEnter(area, session) ? (
          <AppLayout area={area} session={session} />
        ) : (
          <NotForYou area={area} session={session} />
        )
      }
    </RequireSession>
  );
}

import { AppShell, Box, Burger, Divider, Group, NavLink, ScrollArea, Text } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useDisclosure } from '@mantine/hooks';
import { NavLink as RouterNavLink, Outlet, useLocation } from 'react-router';
import type { SessionResponse } from '../../api/types';
import { homePath } from '../../lib/navigation';
import { Logo } from '../../ui/logo';
import { AccountMenu } from './account-menu';
import { BrandSwitcher } from './brand-switcher';
import { AREA_TITLES, type Area, NAVIGATION } from './nav';
import { Link } from 'react-router';

/** The frame of every signed-in page: header (logo, brand switcher, account menu), navigation, the page. */
export function AppLayout({ area, session }: { area: Area; session: SessionResponse }) {
  const [opened, { toggle, close }] = useDisclosure();
  const location = useLocation();
  const activeBrand = session.memberships.find((m) => m.brandId === session.activeBrandId);
  // The account pages are reached from the account menu; the way back is the person's home area.
  const home = homePath(session);
  const backTo = area === 'account' && home !== '/account/sessions' ? home : null;
  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding={{ base: 'md', sm: 'xl' }}
    >
      <AppShell.Header>
        <a href="#main" className="skip-link">
          Skip to content
        </a>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Toggle navigation" />
            <Link to="/" aria-label="Partnermix home" style={{ textDecoration: 'none' }}>
              <Logo />
            </Link>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <Box visibleFrom="sm">
              <BrandSwitcher session={session} />
            </Box>
            <AccountMenu session={session} />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label={`${AREA_TITLES[area]} navigation`}>
        <AppShell.Section>
          <Text size="xs" fw={700} tt="uppercase" c="dimmed" px="sm" pt={4} pb={2}>
            {AREA_TITLES[area]}
          </Text>
          {activeBrand && (area === 'console' || area === 'portal') ? (
            <Text size="sm" fw={600} px="sm" pb="xs" truncate>
              {activeBrand.brandName}
            </Text>
          ) : null}
          <Box hiddenFrom="sm" px="sm" pb="sm">
            <BrandSwitcher session={session} fullWidth />
          </Box>
        </AppShell.Section>
        <AppShell.Section grow component={ScrollArea}>
          <nav aria-label={AREA_TITLES[area]}>
            {backTo ? (
              <>
                <NavLink
                  component={RouterNavLink}
                  to={backTo}
                  label={`Back to ${AREA_TITLES[backTo.slice(1) as Area]}`}
                  leftSection={<IconArrowLeft size={18} stroke={1.6} aria-hidden />}
                  onClick={close}
                  style={{ borderRadius: 8 }}
                />
                <Divider my="xs" />
              </>
            ) : null}
            {NAVIGATION[area].map((item) => (
              <NavLink
                key={item.to}
                component={RouterNavLink}
                to={item.to}
                end={item.end}
                label={item.label}
                leftSection={<item.icon size={18} stroke={1.6} aria-hidden />}
                active={item.end ? location.pathname === item.to : location.pathname.startsWith(item.to)}
                onClick={close}
                variant="light"
                style={{ borderRadius: 8 }}
              />
            ))}
          </nav>
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main bg="gray.0" id="main" tabIndex={-1}>
        <div style={{ maxWidth: 1200, margin: '0 auto' }}>
          <Outlet />
        </div>
      </AppShell.Main>
    </AppShell>
  );
}

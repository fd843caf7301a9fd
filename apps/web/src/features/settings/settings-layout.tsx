import { Box, Flex, NavLink } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { Link, Outlet, useLocation } from 'react-router';

const SECTIONS = [
  { label: 'Brand', to: '/console/settings' },
  { label: 'Team', to: '/console/team' },
  { label: 'API keys', to: '/console/settings/api-keys' },
  { label: 'Webhooks', to: '/console/settings/webhooks' },
  { label: 'Quality rules', to: '/console/settings/quality' },
  { label: 'Target mix', to: '/console/settings/target-mix' },
  { label: 'Marketing spend', to: '/console/settings/spend' },
  { label: 'Promo codes', to: '/console/settings/promo-codes' },
];

/**
 * Settings: a list of sections (beside the page on a wide screen, a row above it that scrolls
 * sideways on a phone), each section its own path so that it can be linked to and reloaded.
 */
export function SettingsLayout() {
  const { pathname } = useLocation();
  const current = (to: string) =>
    to === '/console/settings' ? pathname.replace(/\/$/, '') === to : pathname === to || pathname.startsWith(`${to}/`);
  // On a phone the list is a row wider than the screen: bring the current section into view.
  const nav = useRef<HTMLElement>(null);
  useEffect(() => {
    const reveal = () => {
      const box = nav.current;
      const link = box?.querySelector<HTMLElement>('[aria-current="page"]');
      if (!box || !link || box.scrollWidth <= box.clientWidth) return;
      const left = link.getBoundingClientRect().left - box.getBoundingClientRect().left + box.scrollLeft;
      box.scrollLeft = Math.max(0, left - (box.clientWidth - link.offsetWidth) / 2);
    };
    reveal();
    window.addEventListener('resize', reveal);
    return () => window.removeEventListener('resize', reveal);
  }, [pathname]);
  return (
    <Flex direction={{ base: 'column', md: 'row' }} gap={{ base: 'md', md: 'xl' }} align="flex-start">
      <Box
        component="nav"
        ref={nav}
        aria-label="Settings sections"
        w={{ base: '100%', md: 200 }}
        style={{ flexShrink: 0, overflowX: 'auto' }}
      >
        <Flex
          direction={{ base: 'row', md: 'column' }}
          gap={4}
          component="ul"
          m={0}
          p={0}
          style={{ listStyle: 'none' }}
        >
          {SECTIONS.map((section) => (
            <li key={section.to}>
              <NavLink
                component={Link}
                to={section.to}
                label={section.label}
                active={current(section.to)}
                aria-current={current(section.to) ? 'page' : undefined}
                variant="light"
                style={{ whiteSpace: 'nowrap', borderRadius: 'var(--mantine-radius-sm)' }}
              />
            </li>
          ))}
        </Flex>
      </Box>
      <Box style={{ flex: 1, minWidth: 0 }} w="100%">
        <Outlet />
      </Box>
    </Flex>
  );
}

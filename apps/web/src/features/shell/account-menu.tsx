import { Avatar, Group, Menu, Stack, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { IconBuildingStore, IconChevronDown, IconDeviceLaptop, IconLogout } from '@tabler/icons-react';
import { Link, useNavigate } from 'react-router';
import type { SessionResponse } from '../../api/types';
import { useLogout } from '../auth';

const initials = (name: string, email: string): string =>
  (name.trim() || email)
    .split(/\s+/)
    .slice(0, 2)
    .map((word) => word[0]?.toUpperCase() ?? '')
    .join('');

/** The signed-in person: who they are, their sessions, the operator pages, sign out. */
export function AccountMenu({ session }: { session: SessionResponse }) {
  const navigate = useNavigate();
  const logout = useLogout();
  const { name, email, isOperator } = session.user;
  return (
    <Menu position="bottom-end" width={240} shadow="md" withinPortal={false}>
      <Menu.Target>
        <UnstyledButton p={4} style={{ borderRadius: 8 }}>
          <Group gap={8} wrap="nowrap">
            <Avatar color="brand" radius="xl" size={32} aria-hidden>
              {initials(name, email)}
            </Avatar>
            <Stack gap={0} visibleFrom="sm" maw={200}>
              <Text size="sm" fw={500} truncate>
                {name || email}
              </Text>
              <Text size="xs" c="dimmed" truncate>
                {email}
              </Text>
            </Stack>
            <VisuallyHidden>Account menu</VisuallyHidden>
            <IconChevronDown size={14} aria-hidden />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item component={Link} to="/account/sessions" leftSection={<IconDeviceLaptop size={16} aria-hidden />}>
          Signed-in devices
        </Menu.Item>
        {isOperator ? (
          <Menu.Item component={Link} to="/operator" leftSection={<IconBuildingStore size={16} aria-hidden />}>
            Operator: brands
          </Menu.Item>
        ) : null}
        <Menu.Item
          leftSection={<IconLogout size={16} aria-hidden />}
          onClick={() => logout.mutate(undefined, { onSettled: () => void navigate('/login', { replace: true }) })}
        >
          Sign out
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

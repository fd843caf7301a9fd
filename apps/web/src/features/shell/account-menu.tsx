import { Avatar, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { IconBuildingStore, IconChevronDown, IconDeviceLaptop, IconLogout } from '@tabler/icons-react';
import { Link, useNavigate } from 'react-router';
import type { SessionResponse } from '../../api/pending-paths';
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
    <Menu position="bottom-end" width={240} shadow="md">
      <Menu.Target>
        <UnstyledButton aria-label={`Account menu for ${name || email}`} p={4} style={{ borderRadius: 8 }}>
          <Group gap={8} wrap="nowrap">
            <Avatar color="brand" radius="xl" size={32}>
              {initials(name, email)}
            </Avatar>
            <Text size="sm" fw={500} visibleFrom="sm" maw={160} truncate>
              {name || email}
            </Text>
            <IconChevronDown size={14} aria-hidden />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={600} c="dark.7" truncate>
            {name}
          </Text>
          <Text size="xs" c="dimmed" truncate>
            {email}
          </Text>
        </Menu.Label>
        <Menu.Divider />
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

import { Select } from '@mantine/core';
import { useNavigate } from 'react-router';
import type { SessionResponse } from '../../api/types';
import { homePath } from '../../lib/navigation';
import { useSetActiveBrand } from '../auth';

const ROLE_NAMES = { brand_manager: 'Manager', partner: 'Partner' } as const;

/** For people in several brands: switches the active brand and opens its home (console or portal). */
export function BrandSwitcher({ session, fullWidth = false }: { session: SessionResponse; fullWidth?: boolean }) {
  const navigate = useNavigate();
  const setActive = useSetActiveBrand();
  if (session.memberships.length === 0) return null;
  const options = session.memberships.map((membership) => ({
    value: membership.brandId,
    label: `${membership.brandName} · ${ROLE_NAMES[membership.role] ?? membership.role}`,
  }));
  const active = session.activeBrandId ?? session.memberships[0].brandId;
  if (session.memberships.length === 1) return null;
  return (
    <Select
      aria-label="Active brand"
      data={options}
      value={active}
      allowDeselect={false}
      disabled={setActive.isPending}
      w={fullWidth ? '100%' : 260}
      comboboxProps={{ withinPortal: true }}
      onChange={(brandId) => {
        if (!brandId || brandId === active) return;
        setActive.mutate(brandId, {
          onSuccess: () => {
            const membership = session.memberships.find((m) => m.brandId === brandId);
            void navigate(
              homePath({ ...session, activeBrandId: brandId, memberships: membership ? [membership] : [] }),
            );
          },
        });
      }}
    />
  );
}

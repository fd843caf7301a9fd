import {
  IconBuildingStore,
  IconCash,
  IconChartBar,
  IconClipboardList,
  IconCoins,
  IconDeviceLaptop,
  IconGauge,
  IconLink,
  IconReceipt,
  IconSettings,
  IconShoppingCart,
  IconUserCircle,
  IconUsers,
  IconUsersGroup,
  type Icon,
} from '@tabler/icons-react';

export type Area = 'console' | 'portal' | 'operator' | 'account';

export interface NavItem {
  label: string;
  /** Router path (without /app). */
  to: string;
  icon: Icon;
  /** Only the exact path is active (an area's overview). */
  end?: boolean;
}

/** The navigation of each area; what a person sees follows the role of their active brand. */
export const NAVIGATION: Record<Area, NavItem[]> = {
  console: [
    { label: 'Overview', to: '/console', icon: IconGauge, end: true },
    { label: 'Partners', to: '/console/partners', icon: IconUsersGroup },
    { label: 'Conversions', to: '/console/conversions', icon: IconShoppingCart },
    { label: 'Commission plans', to: '/console/plans', icon: IconCoins },
    { label: 'Payouts', to: '/console/payouts', icon: IconCash },
    { label: 'Reports', to: '/console/reports', icon: IconChartBar },
    { label: 'Applications', to: '/console/applications', icon: IconClipboardList },
    { label: 'Team', to: '/console/team', icon: IconUsers },
    { label: 'Settings', to: '/console/settings', icon: IconSettings },
  ],
  portal: [
    { label: 'Overview', to: '/portal', icon: IconGauge, end: true },
    { label: 'Links', to: '/portal/links', icon: IconLink },
    { label: 'Conversions', to: '/portal/conversions', icon: IconShoppingCart },
    { label: 'Earnings', to: '/portal/earnings', icon: IconCoins },
    { label: 'Payouts', to: '/portal/payouts', icon: IconReceipt },
    { label: 'Profile', to: '/portal/profile', icon: IconUserCircle },
  ],
  operator: [{ label: 'Brands', to: '/operator', icon: IconBuildingStore, end: true }],
  account: [{ label: 'Sessions', to: '/account/sessions', icon: IconDeviceLaptop }],
};

export const AREA_TITLES: Record<Area, string> = {
  console: 'Brand console',
  portal: 'Partner portal',
  operator: 'Operator',
  account: 'Your account',
};

import { createBrowserRouter, type RouteObject } from 'react-router';
import { SessionsPage } from '../features/account';
import { ApplyPage } from '../features/apply';
import { AcceptInvitePage, ForgotPasswordPage, LoginPage, ResetPasswordPage } from '../features/auth';
import {
  ConsoleApplicationsPage,
  ConsoleCommissionsPage,
  ConsoleConversionsPage,
  ConsoleLinksPage,
  ConsoleOverviewPage,
  ConsolePartnersPage,
  ConsolePayoutsPage,
  ConsoleReportsPage,
  ConsoleSettingsPage,
  ConsoleTeamPage,
} from '../features/console';
import { BrandsPage } from '../features/operator';
import {
  PortalConversionsPage,
  PortalEarningsPage,
  PortalLinksPage,
  PortalOverviewPage,
  PortalPayoutsPage,
  PortalProfilePage,
} from '../features/portal';
import { RequireArea } from '../features/shell';
import { APP_BASE } from '../lib/navigation';
import { NotFoundPage } from '../ui/not-found-page';
import { RootRedirect } from './root-redirect';
import { RouteError } from './route-error';

/**
 * Every page of the web app. The signed-out paths are mailed by the API (accept-invite,
 * reset-password) or shared by brands (apply): they never change.
 */
export const routes: RouteObject[] = [
  {
    errorElement: <RouteError />,
    children: [
      { index: true, element: <RootRedirect /> },
      { path: 'login', element: <LoginPage /> },
      { path: 'forgot-password', element: <ForgotPasswordPage /> },
      { path: 'reset-password', element: <ResetPasswordPage /> },
      { path: 'accept-invite', element: <AcceptInvitePage /> },
      { path: 'apply/:brandSlug', element: <ApplyPage /> },
      {
        path: 'console',
        element: <RequireArea area="console" />,
        errorElement: <RouteError />,
        children: [
          { index: true, element: <ConsoleOverviewPage /> },
          { path: 'partners', element: <ConsolePartnersPage /> },
          { path: 'links', element: <ConsoleLinksPage /> },
          { path: 'conversions', element: <ConsoleConversionsPage /> },
          { path: 'commissions', element: <ConsoleCommissionsPage /> },
          { path: 'payouts', element: <ConsolePayoutsPage /> },
          { path: 'reports', element: <ConsoleReportsPage /> },
          { path: 'applications', element: <ConsoleApplicationsPage /> },
          { path: 'team', element: <ConsoleTeamPage /> },
          { path: 'settings', element: <ConsoleSettingsPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
      {
        path: 'portal',
        element: <RequireArea area="portal" />,
        errorElement: <RouteError />,
        children: [
          { index: true, element: <PortalOverviewPage /> },
          { path: 'links', element: <PortalLinksPage /> },
          { path: 'conversions', element: <PortalConversionsPage /> },
          { path: 'earnings', element: <PortalEarningsPage /> },
          { path: 'payouts', element: <PortalPayoutsPage /> },
          { path: 'profile', element: <PortalProfilePage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
      {
        path: 'operator',
        element: <RequireArea area="operator" />,
        errorElement: <RouteError />,
        children: [
          { index: true, element: <BrandsPage /> },
          { path: 'brands', element: <BrandsPage /> },
        ],
      },
      {
        path: 'account',
        element: <RequireArea area="account" />,
        errorElement: <RouteError />,
        children: [{ path: 'sessions', element: <SessionsPage /> }],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export const createRouter = () => createBrowserRouter(routes, { basename: APP_BASE });

import type { ComponentType } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import type { Area } from '../features/shell';
import { APP_BASE } from '../lib/navigation';
import { PageLoader } from '../ui/loading-state';
import { NotFoundPage } from '../ui/not-found-page';
import { RootRedirect } from './root-redirect';
import { RouteError } from './route-error';

/*
 * Every area is loaded when it is first visited (route `lazy`), so the first page's JS holds only
 * the router, the providers and the page itself: a partner never downloads the console, a visitor
 * to an application page neither. Each import below is one chunk (the signed-out pages come from
 * auth/pages.ts: the auth feature's index, the session hooks, is part of the main chunk).
 */
const consolePages = () => import('../features/console');
const overviewPages = () => import('../features/overview');
const partnersPages = () => import('../features/partners');
const conversionsPages = () => import('../features/conversions');
const plansPages = () => import('../features/plans');
const payoutsPages = () => import('../features/payouts');
const reportsPages = () => import('../features/reports');
const settingsPages = () => import('../features/settings');
const portalPages = () => import('../features/portal');
const operatorPages = () => import('../features/operator');
const accountPages = () => import('../features/account');
const applyPage = () => import('../features/apply');
const signedOutPages = () => import('../features/auth/pages');

/** A route whose page comes from a module loaded on first visit. */
function page<Module>(load: () => Promise<Module>, pick: (module: Module) => ComponentType): RouteObject['lazy'] {
  return async () => ({ Component: pick(await load()) });
}

/** A signed-in area: the shell (navigation, brand switcher) around its pages, loaded on first visit. */
function area(name: Area): RouteObject['lazy'] {
  return async () => {
    const { RequireArea } = await import('../features/shell');
    return { element: <RequireArea area={name} /> };
  };
}

/**
 * Every page of the web app. The signed-out paths are mailed by the API (accept-invite,
 * reset-password) or shared by brands (apply): they never change.
 */
export const routes: RouteObject[] = [
  {
    errorElement: <RouteError />,
    // Shown while the first page's chunk loads.
    hydrateFallbackElement: <PageLoader label="Opening Partnermix…" />,
    children: [
      { index: true, element: <RootRedirect /> },
      {
        path: 'login',
        lazy: page(signedOutPages, (m) => m.LoginPage),
      },
      {
        path: 'forgot-password',
        lazy: page(signedOutPages, (m) => m.ForgotPasswordPage),
      },
      {
        path: 'reset-password',
        lazy: page(signedOutPages, (m) => m.ResetPasswordPage),
      },
      {
        path: 'accept-invite',
        lazy: page(signedOutPages, (m) => m.AcceptInvitePage),
      },
      { path: 'apply/:brandSlug', lazy: page(applyPage, (m) => m.ApplyPage) },
      {
        path: 'console',
        lazy: area('console'),
        errorElement: <RouteError />,
        children: [
          // Each section is its own chunk and owns the paths below it (its <Routes>).
          { index: true, lazy: page(overviewPages, (m) => m.OverviewPage) },
          { path: 'partners/*', lazy: page(partnersPages, (m) => m.PartnersRoutes) },
          { path: 'conversions/*', lazy: page(conversionsPages, (m) => m.ConversionsRoutes) },
          { path: 'plans/*', lazy: page(plansPages, (m) => m.PlansRoutes) },
          { path: 'payouts/*', lazy: page(payoutsPages, (m) => m.PayoutsRoutes) },
          { path: 'reports/*', lazy: page(reportsPages, (m) => m.ReportsRoutes) },
          { path: 'applications', lazy: page(consolePages, (m) => m.ConsoleApplicationsPage) },
          { path: 'team', lazy: page(consolePages, (m) => m.ConsoleTeamPage) },
          { path: 'settings/*', lazy: page(settingsPages, (m) => m.SettingsRoutes) },
          { path: '*', element: <NotFoundPage inShell /> },
        ],
      },
      {
        path: 'portal',
        lazy: area('portal'),
        errorElement: <RouteError />,
        children: [
          { index: true, lazy: page(portalPages, (m) => m.PortalOverviewPage) },
          { path: 'links', lazy: page(portalPages, (m) => m.PortalLinksPage) },
          { path: 'conversions', lazy: page(portalPages, (m) => m.PortalConversionsPage) },
          { path: 'earnings', lazy: page(portalPages, (m) => m.PortalEarningsPage) },
          { path: 'payouts', lazy: page(portalPages, (m) => m.PortalPayoutsPage) },
          { path: 'profile', lazy: page(portalPages, (m) => m.PortalProfilePage) },
          { path: '*', element: <NotFoundPage inShell /> },
        ],
      },
      {
        path: 'operator',
        lazy: area('operator'),
        errorElement: <RouteError />,
        children: [
          { index: true, lazy: page(operatorPages, (m) => m.BrandsPage) },
          { path: 'brands', lazy: page(operatorPages, (m) => m.BrandsPage) },
        ],
      },
      {
        path: 'account',
        lazy: area('account'),
        errorElement: <RouteError />,
        children: [{ path: 'sessions', lazy: page(accountPages, (m) => m.SessionsPage) }],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export const createRouter = () => createBrowserRouter(routes, { basename: APP_BASE });

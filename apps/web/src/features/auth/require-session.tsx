import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { ErrorState } from '../../ui/error-state';
import { PageLoader } from '../../ui/loading-state';
import { APP_BASE, loginPath, withoutBase } from '../../lib/navigation';
import type { SessionResponse } from '../../api/types';
import { useSession } from './api';

/** Renders its children with the session, or sends a signed-out visitor to sign-in and back. */
export function RequireSession({ children }: { children: (session: SessionResponse) => ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <PageLoader label="Checking your session…" />;
  if (session.isError) return <ErrorState error={session.error} onRetry={() => void session.refetch()} />;
  if (!session.data) {
    return <Navigate to={withoutBase(loginPath(`${APP_BASE}${location.pathname}${location.search}`))} replace />;
  }
  return <>{children(session.data)}</>;
}

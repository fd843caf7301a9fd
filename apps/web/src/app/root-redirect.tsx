import { Navigate } from 'react-router';
import { homePath } from '../lib/navigation';
import { useSession } from '../features/auth';
import { ErrorState } from '../ui/error-state';
import { PageLoader } from '../ui/loading-state';

/** `/app/`: the console, the portal or the operator pages, by the role of the active brand. */
export function RootRedirect() {
  const session = useSession();
  if (session.isPending) return <PageLoader label="Opening Partnermix…" />;
  if (session.isError) return <ErrorState error={session.error} onRetry={() => void session.refetch()} />;
  return <Navigate to={session.data ? homePath(session.data) : '/login'} replace />;
}

import { ApplicationsPage } from '../applications';
import { useActiveMembership } from '../auth';
import { TeamPage } from '../team';

export function ConsoleApplicationsPage() {
  const membership = useActiveMembership();
  return membership ? <ApplicationsPage brandId={membership.brandId} /> : null;
}

export function ConsoleTeamPage() {
  const membership = useActiveMembership();
  return membership ? <TeamPage brandId={membership.brandId} /> : null;
}

export { TeamPage } from './team-page';
export { InviteForm } from './invite-form';

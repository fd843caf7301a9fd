export { RequireSession } from './require-session';
export { authKeys, sessionQuery, useActiveMembership, useLogout, useSession, useSetActiveBrand } from './api';

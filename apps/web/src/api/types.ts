import type { components } from './schema';

/** Names for the generated schemas the pages use (apps/web/src/api/schema.d.ts). */
type Schemas = components['schemas'];

export type SessionResponse = Schemas['SessionResponse'];
export type Membership = Schemas['MembershipResponse'];
export type MembershipRole = Membership['role'];
export type InviteResponse = Schemas['InviteResponse'];
export type InviteStatus = InviteResponse['status'];
export type InviteCreated = Schemas['InviteCreatedResponse'];
/** Whether the invite mail went out: `logged`/`dropped` mean no mail server, `failed` that it refused. */
export type MailOutcome = InviteCreated['mail'];

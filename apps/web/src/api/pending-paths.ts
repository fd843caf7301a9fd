/**
 * The People routes of API.md (accounts, sessions, invites, applications) that are being built on
 * other branches and are not yet in the generated schema.d.ts. Written by hand in the shape
 * openapi-typescript generates. A path that lands in the generated schema wins over its entry here
 * (client.ts omits the generated keys), so the pages type-check against the real API as soon as
 * `UPDATE_API_TYPES=1 npm test -- test/e2e/web-api-types` has regenerated it; delete this file
 * once every path below is there.
 */
import type { FunnelRole, PartnerType } from '../lib/partner-kinds';

type Json<T> = { headers: { [name: string]: unknown }; content: { 'application/json': T } };
type Empty = { headers: { [name: string]: unknown }; content?: never };
type NoParameters = { query?: never; header?: never; path?: never; cookie?: never };
type Parameters<Path = never, Query = never> = {
  query?: [Query] extends [never] ? never : Query;
  header?: never;
  cookie?: never;
} & ([Path] extends [never] ? { path?: never } : { path: Path });
type Body<T> = { content: { 'application/json': T } };
type Operation<P, B, R> = { parameters: P; responses: R } & ([B] extends [never]
  ? { requestBody?: never }
  : { requestBody: B });
type PathItem<Ops> = Omit<
  {
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  },
  keyof Ops
> & { parameters: NoParameters } & Ops;

export type MembershipRole = 'brand_manager' | 'partner';
export interface Membership {
  brandId: string;
  brandName: string;
  role: MembershipRole;
  partnerId?: string | null;
}
export interface SessionResponse {
  user: { id: string; email: string; name: string; isOperator?: boolean };
  memberships: Membership[];
  activeBrandId: string | null;
  csrfToken: string;
}
export interface SessionEntry {
  id: string;
  createdAt: string;
  lastSeenAt: string;
  ip: string | null;
  userAgent: string | null;
  current: boolean;
}
export interface InviteResponse {
  id: string;
  email: string;
  role: MembershipRole;
  partnerId: string | null;
  status: InviteStatus;
  expiresAt: string;
  acceptUrl?: string;
  createdAt?: string;
  acceptedAt?: string | null;
}
export type InviteStatus = 'pending' | 'accepted' | 'revoked' | 'expired';
export interface InvitePreview {
  email: string;
  role: MembershipRole;
  brandName: string;
  expiresAt: string;
  existingUser: boolean;
}
export interface PublicBrand {
  name: string;
  slug: string;
  programDescription: string | null;
  programTerms: string | null;
}
export type ApplicationStatus = 'pending' | 'approved' | 'rejected';
export interface ApplicationResponse {
  id: string;
  name: string;
  email: string;
  website: string | null;
  type: PartnerType;
  role: FunnelRole | null;
  message: string | null;
  status: ApplicationStatus;
  createdAt: string;
  decidedAt: string | null;
  reason: string | null;
  partnerId?: string | null;
}
/** Whether the invite mail went out: `logged`/`dropped` mean no mail server, `failed` that it refused. */
export type MailOutcome = 'sent' | 'logged' | 'dropped' | 'failed';
export type InviteCreated = InviteResponse & { acceptUrl: string; mail?: MailOutcome };
interface Page<T> {
  data: T[];
  nextCursor: string | null;
}

export interface PendingPaths {
  '/v1/auth/login': PathItem<{
    post: Operation<NoParameters, Body<{ email: string; password: string }>, { 200: Json<SessionResponse> }>;
  }>;
  '/v1/auth/logout': PathItem<{ post: Operation<NoParameters, never, { 204: Empty }> }>;
  '/v1/auth/session': PathItem<{ get: Operation<NoParameters, never, { 200: Json<SessionResponse> }> }>;
  '/v1/auth/active-brand': PathItem<{
    post: Operation<NoParameters, Body<{ brandId: string }>, { 200: Json<SessionResponse> }>;
  }>;
  '/v1/auth/sessions': PathItem<{ get: Operation<NoParameters, never, { 200: Json<{ data: SessionEntry[] }> }> }>;
  '/v1/auth/sessions/{id}': PathItem<{ delete: Operation<Parameters<{ id: string }>, never, { 204: Empty }> }>;
  '/v1/auth/invites/{token}': PathItem<{
    get: Operation<Parameters<{ token: string }>, never, { 200: Json<InvitePreview> }>;
  }>;
  '/v1/auth/accept-invite': PathItem<{
    post: Operation<
      NoParameters,
      Body<{ token: string; name?: string; password: string }>,
      { 201: Json<SessionResponse> }
    >;
  }>;
  '/v1/auth/password-reset': PathItem<{
    post: Operation<NoParameters, Body<{ email: string }>, { 202: Empty }>;
  }>;
  '/v1/auth/password-reset/confirm': PathItem<{
    post: Operation<NoParameters, Body<{ token: string; password: string }>, { 204: Empty }>;
  }>;
  '/v1/brands/{brandId}/invites': PathItem<{
    get: Operation<
      Parameters<{ brandId: string }, { limit?: number; cursor?: string }>,
      never,
      { 200: Json<Page<InviteResponse>> }
    >;
    post: Operation<
      Parameters<{ brandId: string }>,
      Body<{ email: string; role: MembershipRole; partnerId?: string }>,
      { 201: Json<InviteCreated> }
    >;
  }>;
  '/v1/invites/{id}': PathItem<{ delete: Operation<Parameters<{ id: string }>, never, { 204: Empty }> }>;
  '/v1/public/brands/{brandSlug}': PathItem<{
    get: Operation<Parameters<{ brandSlug: string }>, never, { 200: Json<PublicBrand> }>;
  }>;
  '/v1/public/brands/{brandSlug}/applications': PathItem<{
    post: Operation<
      Parameters<{ brandSlug: string }>,
      Body<{
        name: string;
        email: string;
        website?: string;
        type: PartnerType;
        role?: FunnelRole;
        message?: string;
        companyWebsite?: string;
      }>,
      { 201: Json<{ id: string; status: 'pending' }> }
    >;
  }>;
  '/v1/applications': PathItem<{
    get: Operation<
      Parameters<never, { status?: ApplicationStatus; limit?: number; cursor?: string }>,
      never,
      { 200: Json<Page<ApplicationResponse>> }
    >;
  }>;
  '/v1/applications/{id}/approve': PathItem<{
    post: Operation<
      Parameters<{ id: string }>,
      Body<{ role?: FunnelRole; type?: PartnerType }>,
      { 200: Json<{ partnerId: string; invite: InviteCreated | null; inviteError?: string }> }
    >;
  }>;
  '/v1/applications/{id}/reject': PathItem<{
    post: Operation<Parameters<{ id: string }>, Body<{ reason: string }>, { 200: Json<ApplicationResponse> }>;
  }>;
}

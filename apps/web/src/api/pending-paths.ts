/**
 * The partner-application routes of API.md (public program page, applications) that are being
 * built on another branch and are not yet in the generated schema.d.ts (accounts, sessions and
 * invites have landed and come from it). Written by hand in the shape
 * openapi-typescript generates. A path that lands in the generated schema wins over its entry here
 * (client.ts omits the generated keys), so the pages type-check against the real API as soon as
 * `UPDATE_API_TYPES=1 npm test -- test/e2e/web-api-types` has regenerated it; delete this file
 * once every path below is there.
 */
import type { FunnelRole, PartnerType } from '../lib/partner-kinds';
import type { InviteCreated } from './types';

type Json<T> = { headers: { [name: string]: unknown }; content: { 'application/json': T } };
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
interface Page<T> {
  data: T[];
  nextCursor: string | null;
}

export interface PendingPaths {
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

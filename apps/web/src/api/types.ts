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
export type PublicBrand = Schemas['PublicBrandResponse'];
export type Brand = Schemas['BrandResponse'];
export type ApplicationResponse = Schemas['ApplicationResponse'];
export type ApplicationStatus = ApplicationResponse['status'];
export type ApplicationBody = Schemas['SubmitApplicationDto'];
/** `invite` is null when the invite could not be made or mailed; `inviteError` then says why. */
export type ApprovalResponse = Schemas['ApprovalResponse'];
/** The rejected application, with what became of the mail that tells the applicant. */
export type RejectionResponse = Schemas['RejectionResponse'];

/*
 * The console's sections (issue #15), each below its own heading so that work on one does not
 * touch the lines of another.
 */

// Overview

// Partners

// Commission plans

// Conversions
export type ConversionListItem = Schemas['ConversionListItem'];
export type ConversionResponse = Schemas['ConversionResponse'];
export type AttributionTouch = Schemas['AttributionTouchResponse'];
export type CommissionEntry = Schemas['CommissionEntryResponse'];
/** Per transaction id: 200 decided, 404 no such conversion, 409 not in review. */
export type ReviewResponse = Schemas['ReviewResponse'];

// Payouts

// Reports

// Settings

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
export type OverviewResponse = Schemas['OverviewResponse'];
export type OverviewFigures = Schemas['OverviewFiguresResponse'];
export type OverviewChanges = Schemas['OverviewChangesResponse'];
export type OverviewDay = Schemas['OverviewDayResponse'];
export type OverviewRoleMix = Schemas['OverviewRoleMixResponse'];
export type OverviewTodo = Schemas['OverviewTodoResponse'];

// Partners
export type PartnerResponse = Schemas['PartnerResponse'];
export type PartnerStatus = PartnerResponse['status'];
/** A row of the partners table: the partner and its figures of the period. */
export type PartnerFiguresRow = Schemas['PartnerFiguresResponse'];
export type PartnerFiguresPage = Schemas['PartnerFiguresPageResponse'];
export type PartnerBody = Schemas['CreatePartnerDto'];
export type PartnerPatch = Schemas['UpdatePartnerDto'];
export type LinkResponse = Schemas['LinkResponse'];
export type LinkBody = Schemas['CreateLinkDto'];
export type PromoCodeResponse = Schemas['PromoCodeResponse'];
export type PromoCodeBody = Schemas['CreatePromoCodeDto'];
export type ActivityResponse = Schemas['ActivityResponse'];
/** A ledger entry of a partner, with why it pays less than earned. */
export type LedgerEntry = Schemas['LedgerEntryResponse'];
export type StatementResponse = Schemas['StatementResponse'];
export type PartnerQualityFlag = Schemas['PartnerQualityFlagResponse'];

// Commission plans
export type PlanBody = Schemas['CommissionPlanBody'];
export type PlanVersion = Schemas['CommissionPlanResponse'];
export type PlanRule = Schemas['CommissionRuleDto'];
export type PlanPreview = Schemas['PlanPreviewResponse'];
export type PartnerPreview = Schemas['PartnerPreviewResponse'];

// Conversions
export type ConversionListItem = Schemas['ConversionListItem'];
export type ConversionResponse = Schemas['ConversionResponse'];
export type AttributionTouch = Schemas['AttributionTouchResponse'];
/** A ledger entry of one conversion (its commissions and clawbacks). */
export type ConversionCommission = Schemas['ConversionCommissionResponse'];
/** Per transaction id: 200 decided, 404 no such conversion, 409 not in review. */
export type ReviewResponse = Schemas['ReviewResponse'];

// Payouts
export type ListedStatement = Schemas['ListedStatementResponse'];
export type ListedStatementPage = Schemas['ListedStatementPage'];
export type StatementStatus = ListedStatement['status'];
export type StatementDocument = Schemas['StatementDocumentResponse'];
export type StatementLine = Schemas['StatementLineResponse'];
export type StatementRun = Schemas['StatementRunResponse'];

// Reports
/** A partner-mix report: its state, and every figure once `status` is `done`. */
export type PartnerMixReport = Schemas['PartnerMixReportResponse'];
export type PartnerMixReportSummary = Schemas['PartnerMixReportSummary'];
export type ReportStatus = PartnerMixReportSummary['status'];
/** The figures of a role, a type or a partner in the quarter. */
export type RoleFigures = Schemas['RoleGroupResponse'];
export type TypeFigures = Schemas['TypeGroupResponse'];
export type PartnerFigures = Schemas['PartnerGroupResponse'];
export type ModelComparison = Schemas['ModelComparisonResponse'];
export type DataDriven = Schemas['DataDrivenResponse'];
export type MerFigures = Schemas['MerResponse'];
export type TargetMix = Schemas['TargetMixResponse'];

// Settings
export type BrandUpdate = Schemas['UpdateBrandDto'];
export type ApiKeyListed = Schemas['ApiKeyResponse'];
export type ApiKeyRole = ApiKeyListed['role'];
export type ApiKeyCreated = Schemas['ApiKeyCreatedResponse'];
export type Webhook = Schemas['WebhookResponse'];
export type WebhookEvent = Schemas['CreateWebhookDto']['events'][number];
export type NewWebhook = Schemas['CreateWebhookDto'];
export type Delivery = Schemas['DeliveryResponse'];
export type QualityRules = Schemas['QualityRulesDto'];
export type MixTarget = Schemas['MixTargetDto'];
export type Spend = Schemas['SpendResponse'];
export type NewSpend = Schemas['SpendDto'];
export type BrandPromoCode = Schemas['BrandPromoCodeResponse'];
export type Member = Schemas['MemberResponse'];

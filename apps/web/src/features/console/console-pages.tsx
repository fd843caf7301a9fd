import { ComingSoon } from '../../ui/coming-soon';
import { ApplicationsPage } from '../applications';
import { useActiveMembership } from '../auth';
import { TeamPage } from '../team';

export function ConsoleOverviewPage() {
  return (
    <ComingSoon
      title="Overview"
      description="How the program did this month, at a glance."
      holds={[
        'Revenue, conversions, commission cost and cost of sale for the period, against the previous one',
        'The partner mix by funnel role (awareness, consideration, conversion, retention) against your target',
        'Conversions waiting for review and applications waiting for a decision',
      ]}
      api={['GET /v1/reports/partner-mix', 'GET /v1/conversions', 'GET /v1/applications?status=pending']}
    />
  );
}

export function ConsolePartnersPage() {
  return (
    <ComingSoon
      title="Partners"
      description="Everyone who promotes your brand, by funnel role and type."
      holds={[
        'A table of partners with role, type, status, clicks, conversions and earnings, filterable by role, type and status',
        'Add a partner, change their role or type, suspend or reactivate them',
        'A partner’s detail: links, promo codes, commissions and statements',
      ]}
      api={['GET /v1/partners', 'POST /v1/partners', 'PATCH /v1/partners/{id}', 'GET /v1/partners/{id}/commissions']}
    />
  );
}

export function ConsoleLinksPage() {
  return (
    <ComingSoon
      title="Links"
      description="Tracking links and promo codes, per partner."
      holds={[
        'Every tracking link with its partner, destination and clicks',
        'Create a link on one of your landing domains, copy its short URL',
        'Promo codes with their validity, for click-less conversions',
      ]}
      api={['POST /v1/partners/{id}/links', 'POST /v1/partners/{id}/codes', 'GET /v1/partners/{id}/codes']}
    />
  );
}

export function ConsoleConversionsPage() {
  return (
    <ComingSoon
      title="Conversions"
      description="Orders reported by your store, networks and postbacks, and who was credited."
      holds={[
        'Conversions with amount, status and quality flags; filters by status, date and partner',
        'A conversion’s journey: every touchpoint with its credit, attributed revenue and commission',
        'The review queue: approve or reject flagged conversions; record refunds as reversals',
      ]}
      api={[
        'GET /v1/conversions/{transactionId}',
        'POST /v1/conversions/{transactionId}/approve',
        'POST /v1/conversions/{transactionId}/reversals',
      ]}
    />
  );
}

export function ConsoleCommissionsPage() {
  return (
    <ComingSoon
      title="Commissions"
      description="Commission plans and what they earn partners."
      holds={[
        'The plan in force and its versions: attribution model, lookback and lock periods, rules by role, type or partner',
        'Simulate a draft plan on a past quarter before it takes effect',
        'Commission entries per partner, pending, approved and reversed',
      ]}
      api={['GET /v1/commission-plans', 'POST /v1/commission-plans', 'POST /v1/commission-plans/simulate']}
    />
  );
}

export function ConsolePayoutsPage() {
  return (
    <ComingSoon
      title="Payouts"
      description="Monthly statements and payments to partners."
      holds={[
        'Statements per partner and month: opening balance, earnings, clawbacks, amount due',
        'Run the statements of a month, download them as CSV or PDF',
        'Mark a statement paid with your payment reference',
      ]}
      api={['POST /v1/statements/run', 'GET /v1/statements', 'POST /v1/statements/{id}/paid']}
    />
  );
}

export function ConsoleReportsPage() {
  return (
    <ComingSoon
      title="Reports"
      description="The quarterly partner-mix report: is the mix healthy, and who is under- or over-paid?"
      holds={[
        'Revenue, cost and CAC by funnel role, partner type and partner, against the previous quarter',
        'Actual mix against your target mix, and MER with your other marketing spend',
        'Last click against your settlement model, data-driven views, and recommendations',
      ]}
      api={['POST /v1/reports/partner-mix', 'GET /v1/reports/partner-mix/{id}', 'PUT /v1/partner-mix/target']}
    />
  );
}

export function ConsoleSettingsPage() {
  return (
    <ComingSoon
      title="Settings"
      description="How your brand’s program is set up."
      holds={[
        'Brand details: currency, time zone, landing domains, click id parameter, minimum payout',
        'API keys for your server and networks, webhooks and their deliveries',
        'Your application page’s program description and terms, quality rules',
      ]}
      api={['GET /v1/brands/{brandId}', 'POST /v1/brands/{brandId}/api-keys', 'POST /v1/webhooks']}
    />
  );
}

export function ConsoleApplicationsPage() {
  const membership = useActiveMembership();
  return membership ? <ApplicationsPage brandId={membership.brandId} /> : null;
}

export function ConsoleTeamPage() {
  const membership = useActiveMembership();
  return membership ? <TeamPage brandId={membership.brandId} /> : null;
}

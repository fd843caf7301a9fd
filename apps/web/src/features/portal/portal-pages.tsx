import { ComingSoon } from '../../ui/coming-soon';

export function PortalOverviewPage() {
  return (
    <ComingSoon
      title="Overview"
      description="Your results with this brand this month."
      holds={[
        'Clicks, conversions and earnings for the period, against the previous one',
        'Your balance: approved, pending, and the next payout',
        'News from the brand: new links, codes and commission changes',
      ]}
      api={['GET /v1/me/commissions', 'GET /v1/me/statements']}
    />
  );
}

export function PortalLinksPage() {
  return (
    <ComingSoon
      title="Links"
      description="Your tracking links and promo codes."
      holds={[
        'Every link with its destination and clicks; copy the short URL with sub-ids',
        'Create a link to any page of the brand’s site',
        'Your promo codes and when they are valid',
      ]}
      api={['GET /v1/me/links', 'POST /v1/me/links', 'GET /v1/me/codes']}
    />
  );
}

export function PortalConversionsPage() {
  return (
    <ComingSoon
      title="Conversions"
      description="The orders you were credited for."
      holds={[
        'Each conversion with its date, amount, your share of the credit and status',
        'Why a conversion was credited the way it was',
        'Your postback templates and webhooks, to send conversions to your own tracker',
      ]}
      api={['GET /v1/me/commissions', 'POST /v1/me/postback-templates', 'POST /v1/me/webhooks']}
    />
  );
}

export function PortalEarningsPage() {
  return (
    <ComingSoon
      title="Earnings"
      description="What you earned, line by line."
      holds={[
        'Commission entries: pending while the brand’s return window runs, then approved',
        'Clawbacks of refunded orders',
        'Click, impression and flat-fee earnings',
      ]}
      api={['GET /v1/me/commissions']}
    />
  );
}

export function PortalPayoutsPage() {
  return (
    <ComingSoon
      title="Payouts"
      description="Your monthly statements and payments."
      holds={[
        'Each month’s statement: opening balance, earnings, clawbacks, amount due, carry-over',
        'Download a statement as PDF or CSV',
        'When it was paid, with the brand’s reference',
      ]}
      api={['GET /v1/me/statements', 'GET /v1/me/statements/{id}']}
    />
  );
}

export function PortalProfilePage() {
  return (
    <ComingSoon
      title="Profile"
      description="Who you are to the brand and how you get paid."
      holds={[
        'Your name, type and funnel role as the brand sees them',
        'Payment details and the email statements go to',
        'Your sign-in: password and signed-in devices',
      ]}
      api={['GET /v1/auth/session', 'GET /v1/auth/sessions']}
    />
  );
}

import { PageHeader } from '../../ui/page-header';

/** Placeholder until the page is built (issue #15). */
export function StatementPage() {
  return <PageHeader title="Payouts" description="Monthly statements and payments to partners." />;
}

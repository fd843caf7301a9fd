import { PageHeader } from '../../ui/page-header';

/** Placeholder until the page is built (issue #15). */
export function ReportsPage() {
  return <PageHeader title="Reports" description="The quarterly partner-mix report." />;
}

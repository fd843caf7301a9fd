import { PageHeader } from '../../ui/page-header';

/** Placeholder until the page is built (issue #15). */
export function OverviewPage() {
  return <PageHeader title="Overview" description="How the program did in a period, against the one before." />;
}

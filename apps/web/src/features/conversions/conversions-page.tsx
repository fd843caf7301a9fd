import { PageHeader } from '../../ui/page-header';

/** Placeholder until the page is built (issue #15). */
export function ConversionsPage() {
  return (
    <PageHeader title="Conversions" description="Orders and leads, the review queue, and each conversion’s journey." />
  );
}

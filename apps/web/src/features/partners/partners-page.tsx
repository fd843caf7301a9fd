import { PageHeader } from '../../ui/page-header';

/** Placeholder until the page is built (issue #15). */
export function PartnersPage() {
  return (
    <PageHeader
      title="Partners"
      description="Everyone who promotes your brand, by funnel role and type, with their figures."
    />
  );
}

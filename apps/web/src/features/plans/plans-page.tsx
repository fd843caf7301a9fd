import { PageHeader } from '../../ui/page-header';

/** Placeholder until the page is built (issue #15). */
export function PlansPage() {
  return (
    <PageHeader
      title="Commission plans"
      description="The plan in force, its versions, and a draft previewed on past months before it is published."
    />
  );
}

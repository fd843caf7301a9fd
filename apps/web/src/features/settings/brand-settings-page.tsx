import { PageHeader } from '../../ui/page-header';

/** Placeholder until the page is built (issue #15). */
export function BrandSettingsPage() {
  return <PageHeader title="Settings" description="How your brand’s program is set up." />;
}

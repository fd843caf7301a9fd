import { Stack, Title } from '@mantine/core';
import { PageHeader } from '../../ui/page-header';
import { ReportsTable } from './reports-table';
import { RequestReportForm } from './request-report-form';

/** The quarterly partner-mix reports: ask for a quarter, and the reports made so far. */
export function ReportsPage() {
  return (
    <>
      <PageHeader
        title="Reports"
        description="The quarterly partner-mix report: where attributed revenue came from by funnel role, partner type and partner, what it cost, how the attribution models disagree, and what to change."
      />
      <Stack gap="xl">
        <RequestReportForm />
        <section aria-labelledby="all-reports">
          <Title id="all-reports" order={2} fz="h4" mb="md">
            All reports
          </Title>
          <ReportsTable />
        </section>
      </Stack>
    </>
  );
}

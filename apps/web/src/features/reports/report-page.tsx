import { Anchor, Button } from '@mantine/core';
import { IconArrowLeft, IconDownload } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../api/api-error';
import { EmptyState } from '../../ui/empty-state';
import { ErrorState } from '../../ui/error-state';
import { LoadingState } from '../../ui/loading-state';
import { PageHeader } from '../../ui/page-header';
import { reportCsvUrl, reportQuery } from './api';
import { ReportProgress } from './report-progress';
import { ReportView } from './report-view';

/** One partner-mix report: its progress while the worker builds it, then its figures. */
export function ReportPage() {
  const { reportId = '' } = useParams();
  const report = useQuery(reportQuery(reportId));
  const data = report.data;
  const title = data ? `Partner mix ${data.quarter}` : 'Partner-mix report';

  return (
    <>
      <Anchor component={Link} to=".." relative="path" size="sm" mb="sm" display="inline-flex" style={{ gap: 4 }}>
        <IconArrowLeft size={16} aria-hidden /> All reports
      </Anchor>
      <PageHeader
        title={title}
        description="Attributed revenue, cost and credit by funnel role, partner type and partner, against the quarter before and the target mix."
        actions={
          data?.status === 'done' ? (
            <Button
              component="a"
              href={reportCsvUrl(data.id)}
              download={`partner-mix-${data.quarter}.csv`}
              variant="default"
              leftSection={<IconDownload size={16} aria-hidden />}
            >
              Download CSV
            </Button>
          ) : null
        }
      />
      {report.isPending ? (
        <LoadingState label="Loading the report…" />
      ) : report.isError ? (
        isApiError(report.error, 'not_found') ? (
          <EmptyState
            title="No such report"
            action={
              <Button component={Link} to=".." relative="path" variant="default">
                All reports
              </Button>
            }
          >
            This brand has no report with this address.
          </EmptyState>
        ) : (
          <ErrorState error={report.error} onRetry={() => void report.refetch()} />
        )
      ) : data && data.status !== 'done' ? (
        <ReportProgress report={data} />
      ) : data ? (
        <ReportView report={data} />
      ) : null}
    </>
  );
}

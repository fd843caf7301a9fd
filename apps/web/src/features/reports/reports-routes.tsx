import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { LoadingState } from '../../ui/loading-state';
import { NotFoundPage } from '../../ui/not-found-page';
import { ReportsPage } from './reports-page';

// A report's page draws charts (recharts): its own chunk, so the list of reports loads without them.
const ReportPage = lazy(() => import('./report-page').then((module) => ({ default: module.ReportPage })));

/** The console's reports pages, below /console/reports. */
export function ReportsRoutes() {
  return (
    <Routes>
      <Route index element={<ReportsPage />} />
      <Route
        path=":reportId"
        element={
          <Suspense fallback={<LoadingState label="Opening the report…" />}>
            <ReportPage />
          </Suspense>
        }
      />
      <Route path="*" element={<NotFoundPage inShell />} />
    </Routes>
  );
}

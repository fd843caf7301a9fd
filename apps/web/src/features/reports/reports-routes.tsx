import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../ui/not-found-page';
import { ReportsPage } from './reports-page';

/** The console's reports pages, below /console/reports. */
export function ReportsRoutes() {
  return (
    <Routes>
      <Route index element={<ReportsPage />} />
      <Route path="*" element={<NotFoundPage inShell />} />
    </Routes>
  );
}

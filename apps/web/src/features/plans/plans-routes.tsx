import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../ui/not-found-page';
import { PlansPage } from './plans-page';

/** The console's commission plans pages, below /console/plans. */
export function PlansRoutes() {
  return (
    <Routes>
      <Route index element={<PlansPage />} />
      <Route path="*" element={<NotFoundPage inShell />} />
    </Routes>
  );
}

import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../ui/not-found-page';
import { PlanEditorPage } from './plan-editor-page';
import { PlansPage } from './plans-page';
import { PlanVersionPage } from './plan-version-page';

/** The console's commission plans pages, below /console/plans. */
export function PlansRoutes() {
  return (
    <Routes>
      <Route index element={<PlansPage />} />
      <Route path="versions/:id" element={<PlanVersionPage />} />
      <Route path="edit" element={<PlanEditorPage />} />
      <Route path="*" element={<NotFoundPage inShell />} />
    </Routes>
  );
}

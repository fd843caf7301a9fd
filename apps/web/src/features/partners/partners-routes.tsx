import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../ui/not-found-page';
import { PartnersPage } from './partners-page';
import { PartnerPage } from './partner-page';

/** The console's partners pages, below /console/partners. */
export function PartnersRoutes() {
  return (
    <Routes>
      <Route index element={<PartnersPage />} />
      <Route path=":partnerId" element={<PartnerPage />} />
      <Route path="*" element={<NotFoundPage inShell />} />
    </Routes>
  );
}

import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../ui/not-found-page';
import { BrandSettingsPage } from './brand-settings-page';

/** The console's settings pages, below /console/settings. */
export function SettingsRoutes() {
  return (
    <Routes>
      <Route index element={<BrandSettingsPage />} />
      <Route path="*" element={<NotFoundPage inShell />} />
    </Routes>
  );
}

import { Alert, Stack } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { CopyField } from '../../ui/copy-field';

/** A secret the API shows only once: copy it now, with a warning that says so. */
export function SecretOnce({ label, value, what }: { label: string; value: string; what: string }) {
  return (
    <Stack gap="sm">
      <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />} title="Copy it now">
        This is the only time the {what} is shown. Store it somewhere safe: Partnermix keeps no copy it can show you
        again.
      </Alert>
      <CopyField label={label} value={value} />
    </Stack>
  );
}

import { Stack, Text } from '@mantine/core';
import type { MailOutcome } from '../api/types';
import { CopyField } from './copy-field';

const MAIL_WORDS: Record<MailOutcome, string> = {
  sent: 'It was also emailed to them.',
  logged: 'No mail server is set up, so it was not emailed: send the link yourself.',
  dropped: 'No mail server is set up, so it was not emailed: send the link yourself.',
  failed: 'The mail server refused it, so it was not emailed: send the link yourself.',
};

/** A new invite's link to copy, and whether the invitee got it by email too. */
export function InviteLink({ acceptUrl, mail }: { acceptUrl: string; mail?: MailOutcome }) {
  return (
    <Stack gap={6}>
      <CopyField label="Invite link" value={acceptUrl} description="It works once and expires in 7 days." />
      {mail ? <Text size="sm">{MAIL_WORDS[mail]}</Text> : null}
    </Stack>
  );
}

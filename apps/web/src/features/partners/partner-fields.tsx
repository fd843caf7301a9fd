import { Select, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import {
  defaultRoleFor,
  FUNNEL_ROLES,
  funnelRoleLabel,
  type FunnelRole,
  PARTNER_TYPES,
  type PartnerType,
  partnerTypeLabel,
} from '../../lib/partner-kinds';

// A type, not an interface: the form helpers take any record of fields.
export type PartnerFormValues = {
  name: string;
  email: string;
  type: PartnerType;
  role: FunnelRole;
};

const TYPE_OPTIONS = PARTNER_TYPES.map((type) => ({ value: type, label: partnerTypeLabel(type) }));
const ROLE_OPTIONS = FUNNEL_ROLES.map((role) => ({ value: role, label: funnelRoleLabel(role) }));

/** Name, e-mail, type and role: the fields of the create and edit dialogs. Choosing a type suggests its usual role. */
export function PartnerFields({ form }: { form: UseFormReturnType<PartnerFormValues> }) {
  return (
    <>
      <TextInput label="Name" required data-autofocus {...form.getInputProps('name')} />
      <TextInput
        label="Email"
        type="email"
        description="Where the partner is reached."
        {...form.getInputProps('email')}
      />
      <Select
        label="Partner type"
        data={TYPE_OPTIONS}
        allowDeselect={false}
        {...form.getInputProps('type')}
        onChange={(value) => {
          if (!value) return;
          form.setFieldValue('type', value as PartnerType);
          const role = defaultRoleFor(value);
          if (role && !form.isDirty('role')) form.setFieldValue('role', role);
        }}
      />
      <Select
        label="Funnel role"
        description="Commission rules and reports group partners by the role they play."
        data={ROLE_OPTIONS}
        allowDeselect={false}
        {...form.getInputProps('role')}
      />
    </>
  );
}

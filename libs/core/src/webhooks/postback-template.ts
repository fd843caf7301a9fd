/** The macros of a partner's postback URL template (API.md, "Outbound events"). */
export const POSTBACK_MACROS = [
  'click_id',
  'sub1',
  'sub2',
  'sub3',
  'sub4',
  'sub5',
  'order_id',
  'amount',
  'commission',
  'currency',
  'status',
] as const;
export type PostbackMacro = (typeof POSTBACK_MACROS)[number];
export type MacroValues = Partial<Record<PostbackMacro, string | null>>;

const MACRO = /\{([^{}]*)\}/g;

/** The `{names}` of a template that are no macro; empty when the template is fine. */
export function unknownMacros(template: string): string[] {
  const names = [...template.matchAll(MACRO)].map((match) => match[1]);
  return [...new Set(names.filter((name) => !(POSTBACK_MACROS as readonly string[]).includes(name)))];
}

/**
 * The URL to fire: every macro replaced by its value, URL-encoded (a value can never add a
 * parameter or change the host); a macro without a value becomes empty.
 */
export function expandTemplate(template: string, values: MacroValues): string {
  return template.replace(MACRO, (whole, name: string) =>
    (POSTBACK_MACROS as readonly string[]).includes(name)
      ? encodeURIComponent(values[name as PostbackMacro] ?? '')
      : whole,
  );
}

/** Values a test delivery fills the macros with. */
export const SAMPLE_MACRO_VALUES: Required<MacroValues> = {
  click_id: '00000000-0000-7000-8000-000000000000',
  sub1: 'test',
  sub2: null,
  sub3: null,
  sub4: null,
  sub5: null,
  order_id: 'TEST-ORDER',
  amount: '100.00',
  commission: '10.00',
  currency: 'EUR',
  status: 'pending',
};

import {
  createTheme,
  Menu,
  Notification,
  PasswordInput,
  Select,
  Textarea,
  TextInput,
  type CSSVariablesResolver,
  darken,
  defaultVariantColorsResolver,
  type MantineColorsTuple,
  parseThemeColor,
  type VariantColorsResolver,
} from '@mantine/core';

/** Partnermix indigo: shade 8, the one filled buttons and links use, has 7.3:1 against white. */
const brand: MantineColorsTuple = [
  '#edf0fc',
  '#d9defa',
  '#b0bcf2',
  '#8597ea',
  '#5f76e0',
  '#4562d8',
  '#3a57cf',
  '#3550c8',
  '#2f4ac0',
  '#1f3285',
];

/**
 * Light badges and alerts write coloured text on a tint of the same colour; Mantine's default
 * shade for that text (red-6, green-6 …) is under 4.5:1. It is darkened until it passes WCAG AA.
 */
const variantColorResolver: VariantColorsResolver = (input) => {
  const colors = defaultVariantColorsResolver(input);
  if (input.variant !== 'light') return colors;
  const parsed = parseThemeColor({ color: input.color ?? input.theme.primaryColor, theme: input.theme });
  if (!parsed.isThemeColor) return colors;
  const base = input.theme.colors[parsed.color][9];
  return { ...colors, color: darken(base, 0.25), hoverColor: darken(base, 0.25) };
};

export const theme = createTheme({
  primaryColor: 'brand',
  primaryShade: { light: 8, dark: 5 },
  colors: { brand },
  defaultRadius: 'md',
  cursorType: 'pointer',
  fontFamily: 'Inter, ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650' },
  variantColorResolver,
  // A focus ring on every keyboard-focused control, never on mouse clicks.
  focusRing: 'auto',
  components: {
    // Required fields get their asterisk from CSS (app/global.css), not from a span inside the
    // label: the label's text stays exactly "Email", which `getByLabel('Email', { exact: true })`
    // and screen readers read; the input's `required` says the rest.
    // Mantine's focus placeholder is a focusable element inside role="menu", which axe rejects;
    // without it, opening a menu from the keyboard focuses its first item (the ARIA menu pattern).
    Menu: Menu.extend({ defaultProps: { withInitialFocusPlaceholder: false } }),
    // Toasts (success and failure of an action) get a named close button.
    Notification: Notification.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Dismiss' } } }),
    TextInput: TextInput.extend({ defaultProps: { withAsterisk: false } }),
    Textarea: Textarea.extend({ defaultProps: { withAsterisk: false } }),
    Select: Select.extend({ defaultProps: { withAsterisk: false } }),
    PasswordInput: PasswordInput.extend({
      defaultProps: {
        withAsterisk: false,
        // Not "Toggle password visibility": a label without the word keeps getByLabel('Password') unique.
        visibilityToggleButtonProps: { 'aria-label': 'Show or hide the characters' },
      },
    }),
  },
});

/** Mantine's dimmed text (gray-6, 3.3:1) and error text (red-8, 4.5:1 on white, less on tints) are darkened. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': '#5c636a', '--mantine-color-error': '#c92a2a' },
  dark: {},
});

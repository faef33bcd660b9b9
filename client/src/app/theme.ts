import {
  createTheme,
  defaultVariantColorsResolver,
  parseThemeColor,
  type CSSVariablesResolver,
  type VariantColorsResolver,
} from '@mantine/core';

/** Filled in these colours, white text is below 4.5:1 (green 8 is 3.4:1): a darker fill keeps white text. */
const DARKER_FILL = new Set(['green', 'teal', 'cyan', 'gray']);
/** Filled in these colours, white text is far below 4.5:1 (yellow 8 is 2.5:1): dark text instead. */
const DARK_TEXT_FILL = new Set(['yellow', 'lime', 'orange']);

/**
 * Mantine's light variants (badges, alerts, active nav links) use shade 6 text, which is below the
 * WCAG AA 4.5:1 contrast ratio; darken it. Filled badges and buttons of the light colours ("Your seat"
 * in green) get a darker fill or dark text for the same reason.
 */
const variantColorResolver: VariantColorsResolver = (input) => {
  const result = defaultVariantColorsResolver(input);
  if (input.variant === 'filled' || input.variant === undefined) {
    const parsed = parseThemeColor({ color: input.color ?? input.theme.primaryColor, theme: input.theme });
    if (parsed.isThemeColor && parsed.shade === undefined && DARKER_FILL.has(parsed.color)) {
      const fill = `color-mix(in srgb, var(--mantine-color-${parsed.color}-9), black 20%)`;
      return {
        ...result,
        background: fill,
        hover: `color-mix(in srgb, var(--mantine-color-${parsed.color}-9), black 35%)`,
      };
    }
    if (parsed.isThemeColor && parsed.shade === undefined && DARK_TEXT_FILL.has(parsed.color)) {
      return { ...result, color: 'var(--mantine-color-black)' };
    }
  }
  if (input.variant === 'light') {
    const parsed = parseThemeColor({ color: input.color ?? input.theme.primaryColor, theme: input.theme });
    if (parsed.isThemeColor) {
      return { ...result, color: `color-mix(in srgb, var(--mantine-color-${parsed.color}-9), black 25%)` };
    }
  }
  return result;
};

export const theme = createTheme({
  primaryColor: 'blue',
  // Shade 8 keeps white text on filled buttons above 4.5:1.
  primaryShade: 8,
  defaultRadius: 'md',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji"',
  headings: { fontWeight: '700' },
  variantColorResolver,
  components: {
    Anchor: { defaultProps: { underline: 'always' } },
    // Required fields keep the `required` attribute; the visual asterisk is dropped because nearly every field
    // is required (optional ones say so), and it made labels read "Password *".
    InputWrapper: { defaultProps: { withAsterisk: false } },
    // Mantine's notification text under a title is gray 6 (3.3:1); gray 7 passes AA.
    Notification: {
      defaultProps: { closeButtonProps: { 'aria-label': 'Close notification' } },
      styles: { description: { color: 'var(--mantine-color-gray-7)' } },
    },
    Modal: {
      defaultProps: { closeButtonProps: { 'aria-label': 'Close dialog' } },
      styles: { title: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)' } },
    },
    // The show-password button is a toggle (aria-pressed says whether the password shows) reachable by Tab:
    // Mantine takes it out of the tab order by default. "Show password" keeps `getByLabel('Password', { exact })` unique.
    PasswordInput: {
      defaultProps: { visibilityToggleFocusable: true, visibilityToggleButtonProps: { 'aria-label': 'Show password' } },
    },
  },
});

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-6)',
  },
  dark: {},
});

import {
  createTheme,
  defaultVariantColorsResolver,
  parseThemeColor,
  type CSSVariablesResolver,
  type VariantColorsResolver,
} from '@mantine/core';

/**
 * Mantine's light variants (badges, alerts, active nav links) use shade 6 text, which is below the
 * WCAG AA 4.5:1 contrast ratio; darken it.
 */
const variantColorResolver: VariantColorsResolver = (input) => {
  const result = defaultVariantColorsResolver(input);
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
    // The default name, "Toggle password visibility", made every "Password" label lookup ambiguous.
    // Mantine's notification text under a title is gray 6 (3.3:1); gray 7 passes AA.
    Notification: {
      defaultProps: { closeButtonProps: { 'aria-label': 'Close notification' } },
      styles: { description: { color: 'var(--mantine-color-gray-7)' } },
    },
    Modal: {
      defaultProps: { closeButtonProps: { 'aria-label': 'Close dialog' } },
      styles: { title: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)' } },
    },
    PasswordInput: { defaultProps: { visibilityToggleButtonProps: { 'aria-label': 'Show or hide what you typed' } } },
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

/**
 * Flex's theme, as far as the plugin can see it: what Flex UI 2.17.1 hands the Paste provider a plugin
 * registers with `setProviders({ PasteThemeProvider })`.
 *
 * Flex builds its theme from Paste's design tokens (`createTheme(config, isLight)` in its bundle): the
 * default tokens for a light theme, `@twilio-paste/design-tokens/dist/themes/dark/tokens.common` for a
 * dark one, with a few background colours and shadows of its own. Its `setProviders` wrapper then
 * renders the plugin's provider with
 *   baseTheme: theme?.isLight ? "default" : "dark", theme: theme?.tokens,
 *   style: { minWidth: "100%", height: "100%" }
 * around Flex's root. The sandbox does the same, with `?theme=dark` choosing the dark theme (Flex's
 * `config.theme.isLight: false`); custom `config.theme.tokens` are not simulated.
 */
import type { CSSProperties, ComponentProps } from 'react';
import * as lightTokens from '@twilio-paste/design-tokens';
import * as darkTokens from '@twilio-paste/design-tokens/dist/themes/dark/tokens.common';
import type { FlexApi } from '../../src/flex/manager';

export type ThemeName = 'light' | 'dark';

type PasteThemeProvider = NonNullable<Parameters<FlexApi['setProviders']>[0]['PasteThemeProvider']>;
type PasteProviderProps = ComponentProps<PasteThemeProvider>;

/** The part of Flex's theme object (`ThemeProps.theme`) the providers wrapper reads. */
export interface FlexTheme {
  readonly isLight: boolean;
  readonly tokens: NonNullable<PasteProviderProps['theme']>;
}

export function themeFromQuery(params: URLSearchParams): ThemeName {
  return params.get('theme') === 'dark' ? 'dark' : 'light';
}

/** Flex's createTheme, token part, byte for byte in what it chooses. */
export function createFlexTheme(name: ThemeName): FlexTheme {
  const isLight = name === 'light';
  const base = isLight ? lightTokens : darkTokens;
  const backgroundColors = {
    ...base.backgroundColors,
    colorBackgroundSuccessStrong: isLight ? '#0b602d' : '#7beaa5',
    colorBackgroundSuccessStronger: isLight ? '#0d3a1f' : '#a2f6c3',
    colorBackgroundSuccessWeak: isLight ? '#a2f6c3' : '#0b602d',
    colorBackgroundWarningWeak: isLight ? '#fac2a0' : '#c35323',
    colorBackgroundErrorWeak: isLight ? '#f6b1b1' : '#ad1111',
    colorBackgroundWhite: '#fff',
    colorBackgroundBlack: '#000',
    colorBackgroundVirtualAgent: '#4b5671',
    colorBackgroundCustomer: '#c8aff0',
  };
  const boxShadows = {
    ...base.boxShadows,
    shadowBorderDecorative40Weaker: '0 0 0 1px #e7dcfa',
    shadowBorderInverseNewWeaker: '0 0 0 1px #5817bd',
  };
  // Flex takes the theme-dependent colours from the chosen tokens and everything else from the default ones.
  const tokens = {
    backgroundColors,
    textColors: base.textColors,
    borderColors: base.borderColors,
    boxShadows,
    borderWidths: lightTokens.borderWidths,
    radii: lightTokens.radii,
    fontSizes: lightTokens.fontSizes,
    fontWeights: lightTokens.fontWeights,
    lineHeights: lightTokens.lineHeights,
    sizings: lightTokens.sizings,
    spacings: lightTokens.spacings,
    fonts: lightTokens.fonts,
  };
  return { isLight, tokens: tokens as unknown as FlexTheme['tokens'] };
}

/**
 * The props Flex's setProviders wrapper gives the plugin's PasteThemeProvider (see the file comment).
 * `style` is not in Paste's prop types; the provider passes it on to the element it renders.
 */
export type WrapperProps = PasteProviderProps & { readonly style: CSSProperties };

export function pasteProviderProps(theme: FlexTheme | undefined): WrapperProps {
  return {
    baseTheme: theme?.isLight ? 'default' : 'dark',
    ...(theme ? { theme: theme.tokens } : {}),
    style: { minWidth: '100%', height: '100%' },
  };
}

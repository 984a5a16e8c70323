import { createTheme, type Theme } from '@mui/material/styles'

// The theme uses CSS variables (MUI's documented augmentation types theme.vars and the provider's
// props for them).
declare module '@mui/material/styles' {
  interface CssThemeVariables {
    enabled: true
  }
}

// A table wider than the screen scrolls inside its container. A shadow on each side with more
// columns says so: the covers scroll with the content (local), the shadows stay (scroll).
const cover = 'var(--mui-palette-background-paper)'
const shade = 'rgba(var(--mui-palette-common-onBackgroundChannel) / 0.22)'
const scrollShadows = {
  backgroundColor: cover,
  backgroundImage: [
    `linear-gradient(to right, ${cover} 30%, transparent)`,
    `linear-gradient(to left, ${cover} 30%, transparent)`,
    `radial-gradient(farthest-side at 0 50%, ${shade}, transparent)`,
    `radial-gradient(farthest-side at 100% 50%, ${shade}, transparent)`,
  ].join(','),
  backgroundPosition: 'left, right, left, right',
  backgroundSize: '40px 100%, 40px 100%, 14px 100%, 14px 100%',
  backgroundRepeat: 'no-repeat',
  backgroundAttachment: 'local, local, scroll, scroll',
}

/**
 * The id of the theme's CSS variables (both colour schemes) as a <style> in the build's HTML,
 * written at build time (scripts/prerender-plugin.ts): where it is, the theme provider does not
 * compute and insert the same sheet again in the browser.
 */
export const THEME_SHEET_ID = 'theme-sheet'

export const hasStaticThemeSheet = () => document.getElementById(THEME_SHEET_ID) !== null

/** The attribute on <html> that names the colour scheme in use. */
export const COLOR_SCHEME_ATTRIBUTE = 'data-color-scheme'

let created: Theme | undefined

/**
 * The one place that owns the look. Colours follow IONOS's blue and cyan; every text/background pair
 * meets WCAG AA in both schemes. Components use `sx` for layout only.
 *
 * Made on first use, not when the module loads: the browser then makes it while React renders the
 * first screen, in a task of its own, instead of adding 40-60 ms (at a 4x slower CPU) to the one
 * long task that evaluates the app's code.
 */
export function appTheme(): Theme {
  created ??= createAppTheme()
  return created
}

const createAppTheme = () =>
  createTheme({
    cssVariables: { colorSchemeSelector: COLOR_SCHEME_ATTRIBUTE },
    colorSchemes: {
      light: {
        palette: {
          primary: { main: '#003d8f' },
          secondary: { main: '#0b6e80' },
          // MUI's orange (#ed6c02) is 3.1:1 against white, as text and behind white text.
          warning: { main: '#b45309' },
          background: { default: '#f5f7fa', paper: '#ffffff' },
        },
      },
      dark: {
        palette: {
          primary: { main: '#8cc4ff' },
          secondary: { main: '#5fd4e8' },
          // MUI's default dark reds and oranges fall below 4.5:1 on the dark paper.
          error: { main: '#ff9a8f' },
          warning: { main: '#ffc266' },
          success: { main: '#7bd88f' },
          background: { default: '#0f1722', paper: '#17212f' },
        },
      },
    },
    shape: { borderRadius: 8 },
    typography: {
      fontFamily:
        'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
      h1: { fontSize: '1.75rem', fontWeight: 600 },
      h2: { fontSize: '1.25rem', fontWeight: 600 },
    },
    components: {
      // A ring on whatever has keyboard focus. MUI's own sign is a faint ripple (and the shadow it
      // gives contained buttons is gone with disableElevation); Chrome's "auto" ring is two-tone, so
      // it shows on the app bar, on filled buttons and on the page alike.
      // A heading the console moves focus to (a wizard's step, a list after a delete) shows it in
      // the theme's colour, not as the browser's black box around a block of text.
      MuiCssBaseline: {
        styleOverrides: {
          '[tabindex="-1"]:focus-visible': {
            outline: '2px solid var(--mui-palette-primary-main)',
            outlineOffset: 2,
            borderRadius: 4,
          },
        },
      },
      MuiButtonBase: {
        styleOverrides: { root: { '&.Mui-focusVisible': { outline: 'auto', outlineOffset: -2 } } },
      },
      MuiButton: {
        defaultProps: { disableElevation: true },
        styleOverrides: { root: { textTransform: 'none' } },
      },
      // A dialog's buttons and texts line up with its body (24 px), not 8 px further out.
      MuiDialogActions: { styleOverrides: { root: { padding: '8px 24px 16px' } } },
      MuiTab: { styleOverrides: { root: { textTransform: 'none' } } },
      MuiTableCell: { styleOverrides: { head: { fontWeight: 600 } } },
      MuiTableContainer: { styleOverrides: { root: scrollShadows } },
    },
  })

/** Where the chosen mode and scheme are kept (localStorage), read by the provider and, before the first paint of a pre-rendered page, by its colour-scheme script. */
export const themeStorage = {
  modeStorageKey: 'oskc.theme',
  colorSchemeStorageKey: 'oskc.scheme',
} as const

export const monospace =
  'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace'

import { CacheProvider } from '@emotion/react'
import CssBaseline from '@mui/material/CssBaseline'
import { ThemeProvider } from '@mui/material/styles'
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { LocaleProvider, type Locale } from '../lib/i18n'
import { SessionProvider, type SessionState, type StartingStatus } from '../lib/session'
import { Notifications } from './Notifications'
import { ReSignIn } from './ReSignIn'
import { createStyleCache } from '../boot/styleCache'
import { AppRoutes, type AppRouter } from './router'
import { appTheme, themeStorage } from './theme'
import { createWarmUp } from './warmUp'

export interface AppFrameProps {
  /** The browser's history by default; a fixed URL when the page is pre-rendered at build time. */
  Router?: AppRouter
  /** The visitor's language by default (saved choice, then the browser's). */
  locale?: Locale
  /** The tab's (a saved token is being restored, or none) by default; fixed when pre-rendering. */
  session?: StartingStatus | SessionState
  queryClient: QueryClient
  /** Whether the page has the theme's variables already (see THEME_SHEET_ID). */
  themeSheetIsStatic: boolean
}

/**
 * The console's providers around its routes, as the browser (App) and the build's pre-render
 * (src/boot/prerender) each compose them.
 */
export function AppFrame({
  Router,
  locale,
  session,
  queryClient,
  themeSheetIsStatic,
}: AppFrameProps) {
  const [warmUp] = useState(() => createWarmUp(queryClient))
  const [theme] = useState(appTheme)
  // One per app: at build time each page is rendered with a fresh one, which writes every style.
  const [styleCache] = useState(createStyleCache)
  return (
    <CacheProvider value={styleCache}>
      {/*
       * noSsr: the provider knows the saved colour scheme from its first render. By default it
       * renders once more after hydration to learn it; measured on My keys, that render took the
       * app from the router down with it, in one task of 100-200 ms at a 4x slower CPU. Nothing
       * it renders depends on the scheme (the theme's colours are CSS variables);
       * ThemeModeButton, which shows the choice, waits for hydration itself.
       */}
      <ThemeProvider
        noSsr
        theme={theme}
        {...themeStorage}
        disableStyleSheetGeneration={themeSheetIsStatic}
      >
        <CssBaseline enableColorScheme />
        <LocaleProvider initial={locale}>
          <QueryClientProvider client={queryClient}>
            <SessionProvider onSessionStarting={warmUp} startAs={session}>
              <AppRoutes Router={Router} />
              <ReSignIn />
              <Notifications />
            </SessionProvider>
          </QueryClientProvider>
        </LocaleProvider>
      </ThemeProvider>
    </CacheProvider>
  )
}

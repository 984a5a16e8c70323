import { CacheProvider } from '@emotion/react'
import CssBaseline from '@mui/material/CssBaseline'
import { ThemeProvider } from '@mui/material/styles'
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { replayEarlyClicks } from '../boot/early-click'
import { LocaleProvider, type Locale } from '../lib/i18n'
import { SessionProvider, type SessionState, type StartingStatus } from '../lib/session'
import { createQueryClient } from './queryClient'
import { Notifications } from './Notifications'
import { ReSignIn } from './ReSignIn'
import { createStyleCache } from '../boot/styleCache'
import { AppRoutes, type AppRouter } from './router'
import { appTheme, hasStaticThemeSheet, themeStorage } from './theme'
import { createWarmUp } from './warmUp'

interface AppProps {
  /** The browser's history by default; a fixed URL when the page is pre-rendered at build time. */
  Router?: AppRouter
  /** The visitor's language by default (saved choice, then the browser's). */
  locale?: Locale
  /** The tab's (a saved token is being restored, or none) by default; fixed when pre-rendering. */
  session?: StartingStatus | SessionState
  /** The app's own by default; one with data in it when the build renders a page's later look. */
  queryClient?: QueryClient
  /** Whether the page has the theme's variables already (see THEME_SHEET_ID); looked up by default. */
  staticThemeSheet?: boolean
}

export function App({ Router, locale, session, staticThemeSheet, ...props }: AppProps) {
  const [queryClient] = useState(() => props.queryClient ?? createQueryClient())
  const [warmUp] = useState(() => createWarmUp(queryClient))
  const [themeSheetIsStatic] = useState(() => staticThemeSheet ?? hasStaticThemeSheet())
  const [theme] = useState(appTheme)
  // One per app: at build time each page is rendered with a fresh one, which writes every style.
  const [styleCache] = useState(createStyleCache)
  // Once the first screen is the app's, what was clicked before it ran is clicked again: in a task
  // of its own, as a click of the person's would be (within React's effects it does nothing).
  useEffect(() => {
    const replay = window.setTimeout(replayEarlyClicks)
    return () => window.clearTimeout(replay)
  }, [])
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

import CssBaseline from '@mui/material/CssBaseline'
import { ThemeProvider } from '@mui/material/styles'
import { QueryClientProvider } from '@tanstack/react-query'
import { useState } from 'react'
import { LocaleProvider } from '../lib/i18n'
import { SessionProvider } from '../lib/session'
import { createQueryClient } from './queryClient'
import { Notifications } from './Notifications'
import { ReSignIn } from './ReSignIn'
import { AppRoutes } from './router'
import { theme } from './theme'
import { createWarmUp } from './warmUp'

export function App() {
  const [queryClient] = useState(createQueryClient)
  const [warmUp] = useState(() => createWarmUp(queryClient))
  return (
    <ThemeProvider theme={theme} modeStorageKey="oskc.theme" colorSchemeStorageKey="oskc.scheme">
      <CssBaseline enableColorScheme />
      <LocaleProvider>
        <QueryClientProvider client={queryClient}>
          <SessionProvider onSessionStarting={warmUp}>
            <AppRoutes />
            <ReSignIn />
            <Notifications />
          </SessionProvider>
        </QueryClientProvider>
      </LocaleProvider>
    </ThemeProvider>
  )
}

import CssBaseline from '@mui/material/CssBaseline'
import { ThemeProvider } from '@mui/material/styles'
import { QueryClientProvider } from '@tanstack/react-query'
import { useState } from 'react'
import { RouterProvider } from 'react-router'
import { NotificationCenter } from '../components/NotificationCenter'
import { LocaleProvider } from '../lib/i18n'
import { SessionProvider } from '../lib/session'
import { ReSignInDialog } from '../features/auth'
import { createQueryClient } from './queryClient'
import { createRouter } from './router'
import { theme } from './theme'

export function App() {
  const [queryClient] = useState(createQueryClient)
  const [router] = useState(createRouter)
  return (
    <ThemeProvider theme={theme} modeStorageKey="oskc.theme" colorSchemeStorageKey="oskc.scheme">
      <CssBaseline enableColorScheme />
      <LocaleProvider>
        <QueryClientProvider client={queryClient}>
          <SessionProvider>
            <RouterProvider router={router} />
            <ReSignInDialog />
            <NotificationCenter />
          </SessionProvider>
        </QueryClientProvider>
      </LocaleProvider>
    </ThemeProvider>
  )
}

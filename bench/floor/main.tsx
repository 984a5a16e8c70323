/*
 * The same-stack floor: the least an app on the console's libraries can ship for one screen like
 * /keys. It is split as the console is (providers and router in the entry, the signed-in frame and
 * the page as lazy chunks) and its files sit at the console's paths (src/app/Layout.tsx,
 * src/app/routes/MyKeysRoute.tsx), so scripts/bundle-size.ts measures both builds the same way.
 */
import CssBaseline from '@mui/material/CssBaseline'
import { createTheme, ThemeProvider } from '@mui/material/styles'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { lazy, StrictMode, Suspense } from 'react'
import { createRoot } from 'react-dom/client'
import { BrowserRouter, Navigate, Route, Routes } from 'react-router'

const Layout = lazy(async () => ({ default: (await import('./src/app/Layout.tsx')).Layout }))
const MyKeysRoute = lazy(async () => ({
  default: (await import('./src/app/routes/MyKeysRoute.tsx')).MyKeysRoute,
}))

const theme = createTheme({ cssVariables: true })
const queryClient = new QueryClient()

const root = document.getElementById('root')
if (!root) throw new Error('index.html lacks the #root element')
createRoot(root).render(
  <StrictMode>
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <QueryClientProvider client={queryClient}>
        <BrowserRouter>
          <Suspense fallback={null}>
            <Routes>
              <Route element={<Layout />}>
                <Route path="keys" element={<MyKeysRoute />} />
                <Route path="*" element={<Navigate to="/keys" replace />} />
              </Route>
            </Routes>
          </Suspense>
        </BrowserRouter>
      </QueryClientProvider>
    </ThemeProvider>
  </StrictMode>,
)

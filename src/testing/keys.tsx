// Test glue for the keys feature's component tests: the real providers around the panel and a
// session signed in through the real Auth API against the emulator. App code never imports it.
import { ThemeProvider, createTheme } from '@mui/material/styles'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { configure, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ReactNode } from 'react'
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest'
import { startTestEmulator } from '../../emulator/testing'
import { setUnauthorizedHandler } from '../api/client'
import { setAuthToken } from '../api/session-token'
import { control, signInAs } from './emulator'
import { NotificationCenter } from '../components/NotificationCenter'
import { LocaleProvider } from '../lib/i18n'
import { clearNotifications } from '../lib/browser/notifications'
import { SessionProvider, useIdentity, useSession } from '../lib/session'
import { saveSessionToken } from '../lib/session/token-storage'
import { KeysPanel, type KeysPanelProps } from '../features/keys/panel/KeysPanel'

export { control, demoUsers, injectFault } from './emulator'

// Real HTTP against the emulator (and Cloud API request-status polling) needs more than 1 s.
configure({ asyncUtilTimeout: 5000 })

declare const jsdom: { reconfigure(options: { url: string }): void }

/**
 * One emulator per file, at the page's origin, freshly seeded for every test, with a signed-out
 * client and no leftover notifications. `provisioningDelayMs` is how long new keys provision.
 */
export function setUpEmulator(options: { provisioningDelayMs?: number } = {}): void {
  let close: (() => Promise<void>) | undefined
  beforeAll(async () => {
    const emulator = await startTestEmulator(options)
    close = emulator.close
    jsdom.reconfigure({ url: `${emulator.url}/` })
  })
  afterAll(async () => {
    await close?.()
  })
  // A test may end while its last request is on its way; answered by the next test's fresh seed,
  // it would fail there and put a stray message into that test's notifications.
  afterEach(async () => {
    const client = lastClient
    lastClient = null
    if (client) await waitFor(() => expect(client.isFetching() + client.isMutating()).toBe(0))
  })
  beforeEach(async () => {
    setAuthToken(null)
    setUnauthorizedHandler(null)
    clearNotifications()
    await control('POST', '/reset')
  })
}

function WhenSignedIn({ children }: { children: ReactNode }) {
  const { state } = useSession()
  return state.status === 'signed-in' ? children : null
}

/** The panel for the signed-in user's own keys, as `/keys` shows it. */
function OwnKeys() {
  const identity = useIdentity()
  return (
    <KeysPanel
      userId={identity.userId}
      isSelf
      canUseObjectStorage={identity.canUseObjectStorage}
      ownerName={identity.name}
    />
  )
}

interface RenderOptions {
  /** Who is signed in (password `demo`). */
  as: string
  /** Another user's keys, as the users feature shows them; the signed-in user's own when missing. */
  panel?: KeysPanelProps
}

let lastClient: QueryClient | null = null

export async function renderKeys({ as, panel }: RenderOptions) {
  saveSessionToken(await signInAs(as))
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false, gcTime: 0 } },
  })
  lastClient = queryClient
  const user = userEvent.setup()
  render(
    <ThemeProvider theme={createTheme()}>
      <LocaleProvider>
        <QueryClientProvider client={queryClient}>
          <SessionProvider>
            <WhenSignedIn>{panel ? <KeysPanel {...panel} /> : <OwnKeys />}</WhenSignedIn>
            <NotificationCenter />
          </SessionProvider>
        </QueryClientProvider>
      </LocaleProvider>
    </ThemeProvider>,
  )
  return { queryClient, user }
}

/** The keys table, once the list has loaded. */
export function findKeysTable(name: string | RegExp = 'Your Object Storage keys') {
  return screen.findByRole('table', { name })
}

export interface RequestLog {
  /** `METHOD /path` of every request, in the order they were sent. */
  calls: string[]
  /** The most requests that were on their way at the same time. */
  maxInFlight: number
  stop: () => void
}

/** Records every request made from now on; the real fetch still runs. */
export function recordRequests(): RequestLog {
  const original = globalThis.fetch
  let inFlight = 0
  const log: RequestLog = { calls: [], maxInFlight: 0, stop: () => (globalThis.fetch = original) }
  globalThis.fetch = async (input, init) => {
    const url = input instanceof Request ? input.url : String(input)
    log.calls.push(`${init?.method ?? 'GET'} ${new URL(url, window.location.origin).pathname}`)
    log.maxInFlight = Math.max(log.maxInFlight, ++inFlight)
    try {
      return await original(input, init)
    } finally {
      inFlight--
    }
  }
  return log
}

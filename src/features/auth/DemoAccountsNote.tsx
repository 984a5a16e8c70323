import Typography from '@mui/material/Typography'
import { useMessages } from '../../lib/i18n'
import { useHydrated } from '../../boot/useHydrated'
import { EMULATOR_BACKEND_META } from './backendMeta'
import { authMessages } from './messages'

/** Whether the server said that the backend is the local emulator (scripts/emulator-html.ts). */
function backendIsEmulator(): boolean {
  const { name, content } = EMULATOR_BACKEND_META
  return document.querySelector(`meta[name="${name}"]`)?.getAttribute('content') === content
}

/**
 * The demo account to try, under the form, when the console runs on the emulator. Never in the
 * HTML pre-rendered at build time (the same build serves IONOS): it appears once the app runs, at
 * the bottom of the card, where it moves nothing.
 */
export function DemoAccountsNote() {
  const t = useMessages(authMessages)
  const hydrated = useHydrated()
  if (!hydrated || !backendIsEmulator()) return null
  return (
    <Typography role="note" variant="body2" color="text.secondary">
      {t('demoAccounts')}
    </Typography>
  )
}

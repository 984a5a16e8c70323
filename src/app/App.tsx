import { useEffect, useState } from 'react'
import { replayEarlyClicks } from '../boot/early-click'
import type { Locale } from '../lib/i18n'
import { AppFrame } from './AppFrame'
import { createQueryClient } from './queryClient'
import { hasStaticThemeSheet } from './theme'

/**
 * The console in the browser: in the visitor's language, or in `locale` when it takes over a
 * pre-rendered page (the language of that HTML, see src/boot/main.tsx).
 */
export function App({ locale }: { locale?: Locale }) {
  const [queryClient] = useState(createQueryClient)
  const [themeSheetIsStatic] = useState(hasStaticThemeSheet)
  // Once the first screen is the app's, what was clicked before it ran is clicked again: in a task
  // of its own, as a click of the person's would be (within React's effects it does nothing).
  useEffect(() => {
    const replay = window.setTimeout(replayEarlyClicks)
    return () => window.clearTimeout(replay)
  }, [])
  return (
    <AppFrame locale={locale} queryClient={queryClient} themeSheetIsStatic={themeSheetIsStatic} />
  )
}

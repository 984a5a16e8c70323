import { Suspense, useState, type RefObject } from 'react'
import { lazyPage, usePreloadWhenIdle } from '../../../boot/lazyPage'
import type { KeyRow } from '../join'
import type { KeyAbilities } from '../model/abilities'
import type { OpenDialog } from './KeyDialogs'
import { useKeyActions } from './useKeyActions'

// The dialogs are a chunk of their own (kept out of the /keys budget), loaded once the list is in
// and the browser is idle: starting that load costs a phone tens of milliseconds, which would
// otherwise lengthen the task that shows the keys. Once loaded, a dialog opens in the click's own
// frame: React.lazy would suspend on every first open, paint nothing and hold the dialog back for
// React's 300 ms fallback throttle.
const KeyDialogs = lazyPage(async () => (await import('./KeyDialogs')).KeyDialogs)

interface KeyDialogsOptions {
  userId: string
  /** The user's keys, live (the rotation waits for the new key). */
  keys: readonly KeyRow[]
  abilities: KeyAbilities
  /** The user's name, for the offboarding confirmation. */
  ownerName: string
  /** Where focus goes when a dialog's key, and with it the row that opened it, is gone. */
  headingRef: RefObject<HTMLElement | null>
  /** Whether the list is in: then the dialogs' code loads while the browser is idle. */
  listLoaded: boolean
}

/**
 * The one open dialog of a keys panel: what opens it (the rows' actions, `open`), and `host`, the
 * element to render for it. A closed dialog is unmounted, and its state (a secret) with it.
 */
export function useKeyDialogs(options: KeyDialogsOptions) {
  const { userId, abilities, headingRef } = options
  const [dialog, setDialog] = useState<OpenDialog | null>(null)
  const { actions, toggle } = useKeyActions(userId, abilities, setDialog)
  usePreloadWhenIdle(KeyDialogs, options.listLoaded)

  const host = dialog && (
    <Suspense fallback={null}>
      <KeyDialogs
        userId={userId}
        dialog={dialog}
        keys={options.keys}
        ownerName={options.ownerName}
        abilities={abilities}
        onDeactivate={(key) => toggle(key, false)}
        onSwitch={(next) => {
          setDialog(null)
          // After the closing dialog has given focus back, so that the next one can take it.
          window.setTimeout(() => setDialog(next))
        }}
        onDeleted={() => {
          setDialog(null)
          window.setTimeout(() => headingRef.current?.focus())
        }}
        onClose={() => setDialog(null)}
      />
    </Suspense>
  )

  return { open: setDialog, openKind: dialog?.kind ?? null, actions, host }
}

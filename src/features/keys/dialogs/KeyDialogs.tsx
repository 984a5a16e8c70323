import { useQueryClient } from '@tanstack/react-query'
import { Suspense, useEffect } from 'react'
import { isManagementApiEnabled } from '../../../api/access-keys'
import type { KeyRow } from '../join'
import type { KeyAbilities } from '../model/abilities'
import { keyQueries } from '../queries'
import { RotationWizard } from '../rotation/LazyRotationWizard'
import { DeactivateAllDialog } from '../hygiene/offboarding/DeactivateAllDialog'
import { DeactivateLastKeyDialog } from './DeactivateLastKeyDialog'
import { DeleteKeyDialog } from './DeleteKeyDialog'
import { EditDescriptionDialog } from './EditDescriptionDialog'
import { GenerateKeyDialog } from './GenerateKeyDialog'
import { RenewKeyDialog } from './RenewKeyDialog'

export type OpenDialog =
  | { kind: 'generate' }
  | { kind: 'delete'; key: KeyRow }
  | { kind: 'deactivate'; key: KeyRow }
  | { kind: 'describe'; key: KeyRow & { managementId: string } }
  | { kind: 'renew'; key: KeyRow & { managementId: string } }
  | { kind: 'rotate'; key: KeyRow }
  | { kind: 'deactivateAll' }

interface KeyDialogsProps {
  userId: string
  dialog: OpenDialog | null
  /** The user's keys, live (the rotation waits for the new key). */
  keys: readonly KeyRow[]
  /** The user's name, for the offboarding confirmation. */
  ownerName: string
  /** What the viewer may do with the list and each key. */
  abilities: KeyAbilities
  onDeactivate: (key: KeyRow) => void
  /** Closes the open dialog and opens `next` (after the first has returned focus). */
  onSwitch: (next: OpenDialog) => void
  /** Closes a dialog after its key is gone (its row, the opener, is gone too): focus to the heading. */
  onDeleted: () => void
  onClose: () => void
}

/** The dialogs that end with a secret and its key-pair download, whose region list is /regions. */
const ENDS_WITH_SECRET: ReadonlySet<OpenDialog['kind']> = new Set(['generate', 'renew', 'rotate'])

/** Asks for the regions while the user fills in the dialog, so the download offers them at once. */
function useRegionsAhead(kind: OpenDialog['kind'] | undefined) {
  const client = useQueryClient()
  const needed = kind !== undefined && ENDS_WITH_SECRET.has(kind) && isManagementApiEnabled()
  useEffect(() => {
    if (needed) void client.prefetchQuery(keyQueries.regions())
  }, [client, needed])
}

/** The one dialog that is open. A closed dialog is unmounted, and its state (a secret) with it. */
export function KeyDialogs(props: KeyDialogsProps) {
  const { userId, dialog, onClose, onSwitch } = props
  const { list } = props.abilities
  useRegionsAhead(dialog?.kind)
  switch (dialog?.kind) {
    case undefined:
      return null
    case 'generate':
      return (
        <GenerateKeyDialog userId={userId} viaManagement={list.viaManagement} onClose={onClose} />
      )
    case 'delete': {
      const { key } = dialog
      const { onlyKey } = props.abilities.of(key)
      return (
        <DeleteKeyDialog
          userId={userId}
          keyRow={key}
          onlyKey={onlyKey}
          onDeactivateInstead={
            onlyKey && key.active ? () => onSwitch({ kind: 'deactivate', key }) : null
          }
          onGenerateFirst={onlyKey && list.generates ? () => onSwitch({ kind: 'generate' }) : null}
          onDeleted={props.onDeleted}
          onClose={onClose}
        />
      )
    }
    case 'deactivate':
      return (
        <DeactivateLastKeyDialog
          keyRow={dialog.key}
          onConfirm={() => {
            props.onDeactivate(dialog.key)
            onClose()
          }}
          onClose={onClose}
        />
      )
    case 'describe':
      return (
        <EditDescriptionDialog
          userId={userId}
          keyRow={dialog.key}
          onClose={onClose}
          onGone={props.onDeleted}
        />
      )
    case 'renew':
      return (
        <RenewKeyDialog
          userId={userId}
          keyRow={dialog.key}
          onClose={onClose}
          onGone={props.onDeleted}
        />
      )
    case 'deactivateAll':
      return (
        <DeactivateAllDialog
          userId={userId}
          name={props.ownerName}
          keys={props.keys}
          onClose={onClose}
        />
      )
    case 'rotate':
      return (
        <Suspense fallback={null}>
          <RotationWizard
            userId={userId}
            oldKey={dialog.key}
            keys={props.keys}
            viaManagement={list.viaManagement}
            onClose={onClose}
          />
        </Suspense>
      )
  }
}

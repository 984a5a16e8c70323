import { useCallback, useMemo } from 'react'
import { isNotFoundError, isOutcomeUnknown } from '../../../api/errors'
import { useErrorReason } from '../../../lib/i18n/errors'
import { useMessages } from '../../../lib/i18n'
import { notify } from '../../../lib/browser/notifications'
import type { KeyRow } from '../join'
import { keyMessages } from '../messages'
import type { KeyAbilities } from '../model/abilities'
import { useSetKeyActive } from '../mutations'
import { shortAccessKey } from '../rules'
import type { OpenDialog } from './KeyDialogs'
import type { KeyActions } from '../table/KeyTableRow'

/**
 * What the rows' switches and buttons do: most open a dialog; a switch acts at once, unless it
 * would switch off the last active key, which asks first.
 */
export function useKeyActions(
  userId: string,
  abilities: KeyAbilities,
  openDialog: (dialog: OpenDialog) => void,
) {
  const t = useMessages(keyMessages)
  const reason = useErrorReason()
  const { mutateAsync: setActive } = useSetKeyActive(userId)

  // The switch has moved at once; a refusal moves it back (the mutation) and says why (here).
  const toggle = useCallback(
    (key: KeyRow, active: boolean) => {
      const name = shortAccessKey(key.accessKey)
      setActive({ accessKey: key.accessKey, active }).then(
        () => notify(t(active ? 'activated' : 'deactivated', { key: name })),
        (error: unknown) => {
          // Deleted elsewhere (another tab, another admin): the list, read again, drops its row.
          if (isNotFoundError(error)) return notify(t('keyGone', { key: name }), 'info')
          // Without an answer the switch may have moved after all; the list, read again, shows it.
          const unknown = isOutcomeUnknown(error)
          const failed = active ? 'activateFailed' : 'deactivateFailed'
          const uncertain = active ? 'activateUncertain' : 'deactivateUncertain'
          const text = t(unknown ? uncertain : failed, { key: name, reason: reason(error) })
          notify(text, unknown ? 'warning' : 'error')
        },
      )
    },
    [setActive, t, reason],
  )

  const actions = useMemo<KeyActions>(
    () => ({
      onToggle: (key, active) => {
        if (!active && abilities.of(key).asksBeforeDeactivating) {
          openDialog({ kind: 'deactivate', key })
          return false
        }
        toggle(key, active)
        return true
      },
      onDelete: (key) => openDialog({ kind: 'delete', key }),
      onEdit: (key) => {
        const { managementId } = key
        if (managementId !== null) openDialog({ kind: 'describe', key: { ...key, managementId } })
      },
      onRotate: (key) => openDialog({ kind: 'rotate', key }),
      onRenew: (key) => {
        const { managementId } = key
        if (managementId !== null) openDialog({ kind: 'renew', key: { ...key, managementId } })
      },
    }),
    [abilities, toggle, openDialog],
  )

  return { actions, toggle }
}

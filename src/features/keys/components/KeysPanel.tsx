import Alert from '@mui/material/Alert'
import Button from '@mui/material/Button'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { useQuery } from '@tanstack/react-query'
import { useCallback, useId, useMemo, useState } from 'react'
import { userMessage } from '../../../api/errors'
import { useMessages } from '../../../lib/i18n'
import { notify } from '../../../lib/notifications'
import type { KeyRow } from '../join'
import { keyMessages } from '../messages'
import { useSetKeyActive } from '../mutations'
import { keyQueries, keySource } from '../queries'
import { canGenerate, isLastActiveKey, isOnlyKey, shortAccessKey } from '../rules'
import { CanonicalUserId } from './CanonicalUserId'
import { KeyDialogs, type OpenDialog } from './KeyDialogs'
import { KeysEmptyState } from './KeysEmptyState'
import { KeysHeader } from './KeysHeader'
import { KeysSkeleton } from './KeysSkeleton'
import { KeysTable } from './KeysTable'
import type { KeyActions } from './KeyTableRow'
import { ManagementNotice } from './ManagementNotice'
import { NoPrivilegeNotice } from './NoPrivilegeNotice'
import { S3EndpointsPanel } from './S3EndpointsPanel'

export interface KeysPanelProps {
  /** The user whose keys are shown. */
  userId: string
  /** The signed-in user's own keys: the management API adds descriptions, status and renewal. */
  isSelf: boolean
  /** Without the "Use Object Storage" privilege there are no buttons that could not work. */
  canUseObjectStorage: boolean
  /** For labels when showing someone else's keys. */
  ownerName?: string
}

/** The whole Object Storage keys experience for one user. */
export function KeysPanel({ userId, isSelf, canUseObjectStorage, ownerName }: KeysPanelProps) {
  const t = useMessages(keyMessages)
  const headingId = useId()
  const source = keySource(userId, isSelf, canUseObjectStorage)
  const list = useQuery(keyQueries.list(source))
  const { mutate: setActive } = useSetKeyActive(userId)
  const [dialog, setDialog] = useState<OpenDialog | null>(null)
  const keys = useMemo(() => list.data?.keys ?? [], [list.data])
  const managed = list.data?.management === 'used'
  const owner = ownerName ?? userId

  const toggle = useCallback(
    (key: KeyRow, active: boolean) => {
      const name = shortAccessKey(key.accessKey)
      const announce = () => notify(t(active ? 'activated' : 'deactivated', { key: name }))
      setActive({ accessKey: key.accessKey, active }, { onSuccess: announce })
    },
    [setActive, t],
  )

  const actions = useMemo<KeyActions>(
    () => ({
      onToggle: (key, active) => {
        if (!active && isLastActiveKey(keys, key.accessKey)) setDialog({ kind: 'deactivate', key })
        else toggle(key, active)
      },
      onDelete: (key) => setDialog({ kind: 'delete', key }),
      onEdit: (key) => {
        const { managementId } = key
        if (managementId !== null) setDialog({ kind: 'describe', key: { ...key, managementId } })
      },
      onRenew: (key) => {
        const { managementId } = key
        if (managementId !== null) setDialog({ kind: 'renew', key: { ...key, managementId } })
      },
    }),
    [keys, toggle],
  )

  const columns = useMemo(
    () => ({ management: managed, actions: canUseObjectStorage, ownKeyActions: isSelf && managed }),
    [managed, canUseObjectStorage, isSelf],
  )

  const generateButton = canUseObjectStorage && canGenerate(keys) && (
    <Button variant="contained" onClick={() => setDialog({ kind: 'generate' })}>
      {t('generate')}
    </Button>
  )

  return (
    <Stack component="section" aria-labelledby={headingId} spacing={2}>
      {isSelf && !canUseObjectStorage && <NoPrivilegeNotice />}
      <KeysHeader
        headingId={headingId}
        count={list.isSuccess ? keys.length : null}
        showGenerate={canUseObjectStorage}
        onGenerate={() => setDialog({ kind: 'generate' })}
      />
      {list.data && (
        <ManagementNotice
          state={list.data.management}
          onRetry={() => void list.refetch()}
          retrying={list.isFetching}
        />
      )}
      {!isSelf && <Typography color="text.secondary">{t('otherUserNote')}</Typography>}
      {list.isPending && <KeysSkeleton />}
      {list.isError && (
        <Alert
          severity="error"
          action={
            <Button color="inherit" size="small" onClick={() => void list.refetch()}>
              {t('retry')}
            </Button>
          }
        >
          {t('loadFailed', { reason: userMessage(list.error) })}
        </Alert>
      )}
      {list.isSuccess && keys.length === 0 && (canUseObjectStorage || !isSelf) && (
        <KeysEmptyState
          body={isSelf ? t('emptyBodySelf') : t('emptyBodyOther', { owner })}
          action={generateButton}
        />
      )}
      {list.isSuccess && keys.length > 0 && (
        <KeysTable
          keys={keys}
          label={isSelf ? t('tableLabelSelf') : t('tableLabelOther', { owner })}
          columns={columns}
          actions={actions}
        />
      )}
      {list.isSuccess && (canUseObjectStorage || keys.length > 0) && (
        <CanonicalUserId userId={userId} isSelf={isSelf} keys={keys} />
      )}
      {source.management === 'ask' && <S3EndpointsPanel />}
      <KeyDialogs
        userId={userId}
        dialog={dialog}
        viaManagement={isSelf && managed}
        isOnlyKey={(key) => isOnlyKey(keys, key.accessKey)}
        canGenerate={canUseObjectStorage && canGenerate(keys)}
        onDeactivate={(key) => toggle(key, false)}
        onSwitch={(next) => {
          setDialog(null)
          // After the closing dialog has given focus back, so that the next one can take it.
          window.setTimeout(() => setDialog(next))
        }}
        onClose={() => setDialog(null)}
      />
    </Stack>
  )
}

import Button from '@mui/material/Button'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { useQuery } from '@tanstack/react-query'
import { Suspense, useCallback, useId, useMemo, useRef, useState } from 'react'
import { useErrorReason } from '../../../lib/i18n/errors'
import { useMessages } from '../../../lib/i18n'
import { lazyPage, usePreloadWhenIdle } from '../../../boot/lazyPage'
import { useDeferredArrival } from '../../../lib/query/useDeferredArrival'
import { hygieneMessages } from '../hygiene/messages'
import type { KeyRow } from '../join'
import { keyMessages } from '../messages'
import { keyQueries, keySource } from '../queries'
import { RotationResume } from '../rotation/RotationResume'
import { RotationWizard } from '../rotation/LazyRotationWizard'
import { keyAbilities } from '../model/abilities'
import { CanonicalUserId } from './CanonicalUserId'
import type { OpenDialog } from '../dialogs/KeyDialogs'
import { KeysEmptyState } from './KeysEmptyState'
import { KeysHeader } from './KeysHeader'
import { KeysSkeleton } from './KeysSkeleton'
import { KeysTable } from '../table/KeysTable'
import { ManagementNotice } from './ManagementNotice'
import { NoPrivilegeNotice } from './NoPrivilegeNotice'
import { RetryAlert } from '../../../components/RetryAlert'
import { S3EndpointsPanel } from './S3EndpointsPanel'
import { useKeyActions } from '../dialogs/useKeyActions'

// The dialogs are a chunk of their own (kept out of the /keys budget), loaded once the list is in
// and the browser is idle: starting that load costs a phone tens of milliseconds, which would
// otherwise lengthen the task that shows the keys. Once loaded, a dialog opens in the click's own
// frame: React.lazy would suspend on every first open, paint nothing and hold the dialog back for
// React's 300 ms fallback throttle.
const KeyDialogs = lazyPage(async () => (await import('../dialogs/KeyDialogs')).KeyDialogs)

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
  const headingRef = useRef<HTMLHeadingElement>(null)
  const source = keySource(userId, isSelf, canUseObjectStorage)
  const list = useQuery(keyQueries.list(source))
  // The table, the page's largest render, first renders in the background.
  const data = useDeferredArrival(list.data)
  const shown = list.isSuccess && data !== undefined
  const [dialog, setDialog] = useState<OpenDialog | null>(null)
  const keys = useMemo(() => data?.keys ?? [], [data])
  const management = data?.management ?? null
  const abilities = useMemo(
    () => keyAbilities({ isSelf, canUseObjectStorage, management }, keys),
    [isSelf, canUseObjectStorage, management, keys],
  )
  const { list: can } = abilities
  const { actions, toggle } = useKeyActions(userId, abilities, setDialog)
  const owner = ownerName ?? userId
  const th = useMessages(hygieneMessages)
  const errorReason = useErrorReason()
  const resumeRotation = useCallback((key: KeyRow) => setDialog({ kind: 'rotate', key }), [])

  usePreloadWhenIdle(KeyDialogs, list.isSuccess)
  usePreloadWhenIdle(RotationWizard, list.isSuccess && canUseObjectStorage)

  const generateButton = can.generates && (
    <Button variant="contained" onClick={() => setDialog({ kind: 'generate' })}>
      {t('generate')}
    </Button>
  )

  return (
    <Stack component="section" aria-labelledby={headingId} spacing={2}>
      {isSelf && !canUseObjectStorage && <NoPrivilegeNotice />}
      <KeysHeader
        headingId={headingId}
        headingRef={headingRef}
        count={shown ? keys.length : null}
        // An empty list has its own call to generate the first key: one button, not two.
        showGenerate={can.offersGenerate && !(shown && keys.length === 0)}
        onGenerate={() => setDialog({ kind: 'generate' })}
        extra={
          // Offboarding, on another user's page: every active key off at once.
          can.deactivatesAll && (
            <Button variant="outlined" onClick={() => setDialog({ kind: 'deactivateAll' })}>
              {th('deactivateAll')}
            </Button>
          )
        }
      />
      {data && (
        <ManagementNotice
          state={data.management}
          onRetry={() => void list.refetch()}
          retrying={list.isFetching}
        />
      )}
      {canUseObjectStorage && (
        <RotationResume
          userId={userId}
          keys={keys}
          loaded={shown}
          rotating={dialog?.kind === 'rotate'}
          onResume={resumeRotation}
        />
      )}
      {/* About the keys in the table: nothing to say when there are none. */}
      {!isSelf && shown && keys.length > 0 && (
        <Typography color="text.secondary">{t('otherUserNote')}</Typography>
      )}
      {!shown && !list.isError && <KeysSkeleton />}
      {list.isError && (
        <RetryAlert
          message={t('loadFailed', { reason: errorReason(list.error) })}
          onRetry={() => void list.refetch()}
        />
      )}
      {shown && keys.length === 0 && (canUseObjectStorage || !isSelf) && (
        <KeysEmptyState
          body={isSelf ? t('emptyBodySelf') : t('emptyBodyOther', { owner })}
          action={generateButton}
        />
      )}
      {/* Carol's own page ends with what to do, not with "0 of 5 keys". */}
      {isSelf && shown && keys.length === 0 && !canUseObjectStorage && (
        <Typography>{t('noPrivilegeNextStep')}</Typography>
      )}
      {shown && keys.length > 0 && (
        <KeysTable
          keys={keys}
          label={isSelf ? t('tableLabelSelf') : t('tableLabelOther', { owner })}
          abilities={abilities}
          actions={actions}
        />
      )}
      {/* Another user's page shows the canonical user ID in its header already. */}
      {isSelf && shown && (canUseObjectStorage || keys.length > 0) && (
        <CanonicalUserId userId={userId} isSelf={isSelf} keys={keys} />
      )}
      {/* Below the list, so it appears with the list instead of being pushed down by it. */}
      {(shown || list.isError) && source.management === 'ask' && <S3EndpointsPanel />}
      {dialog && (
        <Suspense fallback={null}>
          <KeyDialogs
            userId={userId}
            dialog={dialog}
            keys={keys}
            ownerName={owner}
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
      )}
    </Stack>
  )
}

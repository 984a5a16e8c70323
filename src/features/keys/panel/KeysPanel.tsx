import Button from '@mui/material/Button'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { useQuery } from '@tanstack/react-query'
import { useCallback, useId, useMemo, useRef } from 'react'
import { useErrorReason } from '../../../lib/i18n/errors'
import { useMessages } from '../../../lib/i18n'
import { usePreloadWhenIdle } from '../../../boot/lazyPage'
import { useDeferredArrival } from '../../../lib/query/useDeferredArrival'
import { hygieneMessages } from '../hygiene/messages'
import type { KeyRow } from '../join'
import { keyMessages } from '../messages'
import { keyQueries, keySource } from '../queries'
import { RotationResume } from '../rotation/RotationResume'
import { RotationWizard } from '../rotation/LazyRotationWizard'
import { keyAbilities } from '../model/abilities'
import { CanonicalUserId } from './CanonicalUserId'
import { KeysEmptyState } from './KeysEmptyState'
import { KeysHeader } from './KeysHeader'
import { KeysSkeleton } from './KeysSkeleton'
import { KeysTable } from '../table/KeysTable'
import { ManagementNotice } from './ManagementNotice'
import { NoPrivilegeNotice } from './NoPrivilegeNotice'
import { RetryAlert } from '../../../components/RetryAlert'
import { S3EndpointsPanel } from './S3EndpointsPanel'
import { useKeyDialogs } from '../dialogs/useKeyDialogs'

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
  const keys = useMemo(() => data?.keys ?? [], [data])
  const management = data?.management ?? null
  const abilities = useMemo(
    () => keyAbilities({ isSelf, canUseObjectStorage, management }, keys),
    [isSelf, canUseObjectStorage, management, keys],
  )
  const { list: can } = abilities
  const owner = ownerName ?? userId
  const dialogs = useKeyDialogs({
    userId,
    keys,
    abilities,
    ownerName: owner,
    headingRef,
    listLoaded: list.isSuccess,
  })
  const { open } = dialogs
  const th = useMessages(hygieneMessages)
  const errorReason = useErrorReason()
  const resumeRotation = useCallback((key: KeyRow) => open({ kind: 'rotate', key }), [open])

  usePreloadWhenIdle(RotationWizard, list.isSuccess && canUseObjectStorage)

  const generateButton = can.generates && (
    <Button variant="contained" onClick={() => open({ kind: 'generate' })}>
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
        onGenerate={() => open({ kind: 'generate' })}
        extra={
          // Offboarding, on another user's page: every active key off at once.
          can.deactivatesAll && (
            <Button variant="outlined" onClick={() => open({ kind: 'deactivateAll' })}>
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
          rotating={dialogs.openKind === 'rotate'}
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
          actions={dialogs.actions}
        />
      )}
      {/* Another user's page shows the canonical user ID in its header already. */}
      {isSelf && shown && (canUseObjectStorage || keys.length > 0) && (
        <CanonicalUserId userId={userId} isSelf={isSelf} keys={keys} />
      )}
      {/* Below the list, so it appears with the list instead of being pushed down by it. */}
      {(shown || list.isError) && source.management === 'ask' && <S3EndpointsPanel />}
      {dialogs.host}
    </Stack>
  )
}

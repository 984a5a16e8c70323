import Alert from '@mui/material/Alert'
import Paper from '@mui/material/Paper'
import Skeleton from '@mui/material/Skeleton'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { useQuery } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { useErrorReason } from '../../../lib/i18n/errors'
import { useMessages } from '../../../lib/i18n'
import type { KeyRow } from '../join'
import { keyMessages } from '../messages'
import { keyQueries } from '../queries'
import { IdLine } from '../../../components/IdLine'

interface CanonicalUserIdProps {
  userId: string
  isSelf: boolean
  keys: readonly KeyRow[]
}

const firstOf = (keys: readonly KeyRow[], field: 'canonicalUserId' | 'contractUserId') =>
  keys.find((key) => key[field])?.[field] ?? null

/**
 * The IDs others use to share buckets with this user. IONOS gives the canonical user ID only once
 * the first key exists. The management API carries both IDs on every key; without it the Cloud
 * API's user record has the canonical one.
 */
export function CanonicalUserId({ userId, isSelf, keys }: CanonicalUserIdProps) {
  const t = useMessages(keyMessages)
  const errorReason = useErrorReason()
  const fromKeys = firstOf(keys, 'canonicalUserId')
  const contractUserId = firstOf(keys, 'contractUserId')
  const fromUser = useQuery({
    ...keyQueries.canonicalUserId(userId),
    enabled: keys.length > 0 && fromKeys === null,
  })
  const canonical = fromKeys ?? fromUser.data ?? null

  let content: ReactNode
  if (canonical !== null) {
    content = <IdLine label={t('canonicalUserId')} value={canonical} help={t('canonicalHelp')} />
  } else if (keys.length === 0) {
    content = <Typography color="text.secondary">{t('canonicalPending')}</Typography>
  } else if (fromUser.isSuccess) {
    // A key exists, but IONOS has not sent the ID yet (it sends null while a key provisions).
    content = <PendingId label={t('canonicalUserId')} text={t('idPendingReady')} />
  } else if (fromUser.isError) {
    const reason = errorReason(fromUser.error)
    content = <Alert severity="error">{t('canonicalFailed', { reason })}</Alert>
  } else {
    content = <Skeleton width={280} />
  }

  return (
    <Paper variant="outlined" component="section" sx={{ p: 2 }}>
      <Stack spacing={1.5}>
        <Typography variant="h3" sx={{ fontSize: '1rem', fontWeight: 600 }}>
          {isSelf ? t('idsTitle') : t('idsTitleOther')}
        </Typography>
        {content}
        {contractUserId !== null && (
          <IdLine label={t('contractUserId')} value={contractUserId} help={t('contractHelp')} />
        )}
        {contractUserId === null && keys.some((key) => key.managementId !== null) && (
          <PendingId label={t('contractUserId')} text={t('idPendingReady')} />
        )}
      </Stack>
    </Paper>
  )
}

/** An ID IONOS has not sent yet: its name, and when it will be there. */
function PendingId({ label, text }: { label: string; text: string }) {
  return (
    <Typography color="text.secondary">
      {label}: {text}
    </Typography>
  )
}

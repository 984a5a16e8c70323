import Alert from '@mui/material/Alert'
import Paper from '@mui/material/Paper'
import Skeleton from '@mui/material/Skeleton'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { useQuery } from '@tanstack/react-query'
import { userMessage } from '../../../api/errors'
import { useMessages } from '../../../lib/i18n'
import type { KeyRow } from '../join'
import { keyMessages } from '../messages'
import { keyQueries } from '../queries'
import { IdLine } from './IdLine'

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
  const fromKeys = firstOf(keys, 'canonicalUserId')
  const contractUserId = firstOf(keys, 'contractUserId')
  const fromUser = useQuery({
    ...keyQueries.canonicalUserId(userId),
    enabled: keys.length > 0 && fromKeys === null,
  })
  const canonical = fromKeys ?? fromUser.data ?? null
  return (
    <Paper variant="outlined" component="section" sx={{ p: 2 }}>
      <Stack spacing={1.5}>
        <Typography variant="h3" sx={{ fontSize: '1rem', fontWeight: 600 }}>
          {isSelf ? t('idsTitle') : t('idsTitleOther')}
        </Typography>
        {keys.length === 0 || (fromKeys === null && fromUser.isSuccess && canonical === null) ? (
          <Typography color="text.secondary">{t('canonicalPending')}</Typography>
        ) : canonical !== null ? (
          <IdLine label={t('canonicalUserId')} value={canonical} help={t('canonicalHelp')} />
        ) : fromUser.isError ? (
          <Alert severity="error">
            {t('canonicalFailed', { reason: userMessage(fromUser.error) })}
          </Alert>
        ) : (
          <Skeleton width={280} />
        )}
        {contractUserId !== null && (
          <IdLine label={t('contractUserId')} value={contractUserId} help={t('contractHelp')} />
        )}
      </Stack>
    </Paper>
  )
}

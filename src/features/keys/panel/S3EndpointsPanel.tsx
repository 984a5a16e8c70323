import Button from '@mui/material/Button'
import Paper from '@mui/material/Paper'
import Skeleton from '@mui/material/Skeleton'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import ExpandLessOutlined from '@mui/icons-material/ExpandLessOutlined'
import ExpandMoreOutlined from '@mui/icons-material/ExpandMoreOutlined'
import { useQuery } from '@tanstack/react-query'
import { useId, useState } from 'react'
import type { Region } from '../../../api/access-keys'
import { useErrorReason } from '../../../lib/i18n/errors'
import { CopyButton } from '../../../components/CopyButton'
import { useMessages } from '../../../lib/i18n'
import { readPreference, writePreference } from '../../../lib/browser/preferences'
import { endpointUrl } from '../download'
import { keyMessages } from '../messages'
import { keyQueries } from '../queries'
import { RetryAlert } from '../../../components/RetryAlert'
import { keyPartMessages } from './messages'

/**
 * The regions and their S3 endpoint URLs from the management API's `/regions`. Folded until asked
 * for (and then remembered), so that opening /keys costs no request for it.
 */
export function S3EndpointsPanel() {
  const t = useMessages(keyMessages)
  const headingId = useId()
  const contentId = useId()
  const [open, setOpen] = useState(() => readPreference('endpointsOpen') === 'true')
  const toggle = () => {
    writePreference('endpointsOpen', String(!open))
    setOpen(!open)
  }
  return (
    <Paper variant="outlined" component="section" aria-labelledby={headingId} sx={{ p: 1 }}>
      <Typography id={headingId} variant="h3" sx={{ fontSize: '1rem', fontWeight: 600 }}>
        <Button
          aria-expanded={open}
          aria-controls={contentId}
          onClick={toggle}
          endIcon={open ? <ExpandLessOutlined /> : <ExpandMoreOutlined />}
          sx={{ font: 'inherit', color: 'text.primary' }}
        >
          {t('endpointsTitle')}
        </Button>
      </Typography>
      <div id={contentId}>{open && <Endpoints />}</div>
    </Paper>
  )
}

function Endpoints() {
  const t = useMessages(keyMessages)
  const errorReason = useErrorReason()
  const regions = useQuery(keyQueries.regions())
  return (
    <Stack spacing={1} sx={{ px: 1, pb: 1 }}>
      <Typography variant="body2" color="text.secondary">
        {t('endpointsIntro')}
      </Typography>
      {regions.isPending && <Skeleton variant="rounded" height={96} />}
      {regions.isError && (
        <RetryAlert
          message={t('endpointsFailed', { reason: errorReason(regions.error) })}
          onRetry={() => void regions.refetch()}
        />
      )}
      {regions.isSuccess && (
        <Stack component="ul" spacing={0.5} sx={{ m: 0, p: 0, listStyle: 'none' }}>
          {regions.data.map((region) => (
            <EndpointItem key={region.id} region={region} />
          ))}
        </Stack>
      )}
    </Stack>
  )
}

/**
 * Keys made before 25 April 2024 ("Legacy") work only with user-owned buckets, so only at the
 * endpoints of those; where `/regions` does not say which buckets a region has, nothing is marked.
 */
function legacyMark(region: Region) {
  if (region.bucketOwnership === 'user-owned') return 'endpointLegacyYes'
  if (region.bucketOwnership === 'contract-owned') return 'endpointLegacyNo'
  return null
}

function EndpointItem({ region }: { region: Region }) {
  const t = useMessages(keyMessages)
  const tp = useMessages(keyPartMessages)
  const url = endpointUrl(region.endpoint)
  const mark = legacyMark(region)
  return (
    <Stack
      component="li"
      direction="row"
      sx={{ flexWrap: 'wrap', alignItems: 'center', columnGap: 2 }}
    >
      <Typography component="span" sx={{ minWidth: 180 }}>
        <strong>{region.id}</strong>
        {region.location && (
          <Typography component="span" color="text.secondary">
            {` · ${region.location}`}
          </Typography>
        )}
      </Typography>
      <Stack direction="row" sx={{ alignItems: 'center', gap: 0.5, minWidth: 0 }}>
        <Typography component="span" sx={{ fontFamily: 'monospace', overflowWrap: 'anywhere' }}>
          {url}
        </Typography>
        <CopyButton value={url} what={t('endpointNamed', { region: region.id })} />
      </Stack>
      {mark && (
        <Typography component="span" variant="body2" color="text.secondary">
          {tp(mark)}
        </Typography>
      )}
    </Stack>
  )
}

import Alert from '@mui/material/Alert'
import Button from '@mui/material/Button'
import MenuItem from '@mui/material/MenuItem'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import DownloadOutlined from '@mui/icons-material/DownloadOutlined'
import { useQuery } from '@tanstack/react-query'
import { useId, useState } from 'react'
import { isManagementApiEnabled } from '../../../api/access-keys'
import { downloadText } from '../../../lib/browser/download'
import { useMessages } from '../../../lib/i18n'
import { readPreference, writePreference } from '../../../lib/browser/preferences'
import type { KeyPair } from '../download'
import { keyQueries } from '../queries'
import {
  CREDENTIAL_FORMATS,
  credentialFile,
  credentialFileName,
  isCredentialFormat,
  UnsafeCredentialValueError,
  usesRegion,
  type CredentialFormat,
} from './formats'
import { credentialMessages } from './messages'
import {
  DOCUMENTED_REGIONS,
  defaultRegion,
  regionChoices,
  regionsForKey,
  regionsNotForKey,
  type RegionChoice,
} from './regions'

const regionName = ({ id, location }: RegionChoice) => (location ? `${id} (${location})` : id)
const named = (regions: readonly RegionChoice[]) => regions.map(regionName).join(', ')

interface CredentialDownloadProps {
  pair: KeyPair
}

/**
 * Format and region, then one download. The secret is only in `pair` (the dialog's state) and in
 * the file; the choice of format and region is remembered, never the key.
 */
export function CredentialDownload({ pair }: CredentialDownloadProps) {
  const t = useMessages(credentialMessages)
  const headingId = useId()
  const fromApi = isManagementApiEnabled()
  const regions = useQuery({ ...keyQueries.regions(), enabled: fromApi })
  const fallback = !fromApi || regions.isError
  // A file must name the region the user sees chosen, not one from a list about to be replaced.
  const regionsLoading = fromApi && regions.isPending
  const known = regions.data ? regionChoices(regions.data) : DOCUMENTED_REGIONS
  const usable = regionsForKey(known, pair.supportedRegions)
  const others = regionsNotForKey(known, usable)
  const [format, setFormat] = useState<CredentialFormat>(() => {
    const remembered = readPreference('credentialFormat')
    return isCredentialFormat(remembered) ? remembered : 'aws-console-csv'
  })
  const [regionId, setRegionId] = useState(() => readPreference('credentialRegion'))
  const region = defaultRegion(usable, regionId)
  const [saved, setSaved] = useState<string | null>(null)
  const [unsafe, setUnsafe] = useState(false)
  const target = { region: region?.id ?? '', endpoint: region?.endpoint ?? '' }
  const fileName = credentialFileName(format, pair.accessKey)

  function save() {
    try {
      const file = credentialFile(format, pair, target)
      downloadText(file.text, file.fileName, file.mimeType)
      setSaved(file.fileName)
      setUnsafe(false)
      writePreference('credentialFormat', format)
      if (region && usesRegion(format)) writePreference('credentialRegion', region.id)
    } catch (error) {
      if (!(error instanceof UnsafeCredentialValueError)) throw error
      setUnsafe(true)
    }
  }

  return (
    <Stack component="section" aria-labelledby={headingId} spacing={1.5}>
      <Typography id={headingId} variant="subtitle2" component="h3">
        {t('heading')}
      </Typography>
      {/* One under the other, and the format's select wraps its text: a format's name is long. */}
      <Stack sx={{ gap: 2 }}>
        <TextField
          select
          size="small"
          label={t('format')}
          value={format}
          onChange={(event) => {
            if (isCredentialFormat(event.target.value)) setFormat(event.target.value)
            setSaved(null)
          }}
          // MUI's own select, not the browser's: a native one cannot wrap, and at 360 px it cut
          // the longer names in the middle.
          // (Two classes: MUI's own nowrap rule is as specific as one plus the component's.)
          sx={{ '& .MuiInputBase-input.MuiSelect-select': { whiteSpace: 'normal' } }}
          fullWidth
        >
          {CREDENTIAL_FORMATS.map((option) => (
            <MenuItem key={option} value={option} sx={{ whiteSpace: 'normal' }}>
              {t(`format.${option}`)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          size="small"
          label={t('region')}
          value={region?.id ?? ''}
          // Stays usable (its choice is kept for the formats that name one): no dimmed, low-contrast text.
          helperText={usesRegion(format) ? undefined : t('regionNotUsed')}
          onChange={(event) => setRegionId(event.target.value)}
          slotProps={{ select: { native: true } }}
          fullWidth
        >
          {usable.map((option) => (
            <option key={option.id} value={option.id}>
              {regionName(option)}
            </option>
          ))}
        </TextField>
      </Stack>
      {others.length > 0 && (
        <Alert severity="info">
          {t('regionsOfKey', { regions: named(usable), others: named(others) })}
        </Alert>
      )}
      {fallback && <Alert severity="info">{t('regionsFallback')}</Alert>}
      <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
        {`${t('saves', { file: fileName })} ${t(`hint.${format}`, { file: fileName })}`}
      </Typography>
      <Stack direction="row" sx={{ gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
        <Button
          variant="outlined"
          startIcon={<DownloadOutlined />}
          onClick={save}
          loading={regionsLoading}
          loadingPosition="start"
        >
          {t('download')}
        </Button>
        <Typography role="status" variant="body2" sx={{ overflowWrap: 'anywhere' }}>
          {saved && t('downloaded', { file: saved })}
        </Typography>
      </Stack>
      {unsafe && (
        <Alert severity="error" role="alert">
          {t('unsafeValue')}
        </Alert>
      )}
    </Stack>
  )
}

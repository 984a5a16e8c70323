import Button from '@mui/material/Button'
import Menu from '@mui/material/Menu'
import MenuItem from '@mui/material/MenuItem'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import DownloadOutlined from '@mui/icons-material/DownloadOutlined'
import { useId, useState } from 'react'
import type { Region } from '../../../api/access-keys'
import { useMessages } from '../../../lib/i18n'
import { downloadText, keyPairCsv, keyPairEnv, keyPairFileName, type KeyPair } from '../download'
import { keyMessages } from '../messages'

interface DownloadKeyPairProps {
  pair: KeyPair
  /** From `/regions`; the .env file names one when there are any. */
  regions: readonly Region[]
}

export function DownloadKeyPair({ pair, regions }: DownloadKeyPairProps) {
  const t = useMessages(keyMessages)
  const menuId = useId()
  const [anchor, setAnchor] = useState<HTMLElement | null>(null)
  const [regionId, setRegionId] = useState('')
  const region = regions.find((candidate) => candidate.id === regionId) ?? regions[0]

  function save(format: 'csv' | 'env') {
    setAnchor(null)
    const endpoint = region && { region: region.id, endpoint: region.endpoint }
    if (format === 'csv') {
      downloadText(keyPairCsv(pair), keyPairFileName(pair.accessKey, 'csv'), 'text/csv')
    } else {
      downloadText(keyPairEnv(pair, endpoint), keyPairFileName(pair.accessKey, 'env'), 'text/plain')
    }
  }

  return (
    <Stack direction="row" sx={{ gap: 2, flexWrap: 'wrap', alignItems: 'center' }}>
      <Button
        variant="outlined"
        startIcon={<DownloadOutlined />}
        aria-haspopup="menu"
        aria-controls={anchor ? menuId : undefined}
        aria-expanded={anchor ? 'true' : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        {t('download')}
      </Button>
      <Menu id={menuId} anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        <MenuItem onClick={() => save('csv')}>{t('downloadCsv')}</MenuItem>
        <MenuItem onClick={() => save('env')}>{t('downloadEnv')}</MenuItem>
      </Menu>
      {region && regions.length > 1 && (
        <TextField
          select
          size="small"
          label={t('envRegion')}
          value={region.id}
          onChange={(event) => setRegionId(event.target.value)}
          sx={{ minWidth: 200 }}
        >
          {regions.map((candidate) => (
            <MenuItem key={candidate.id} value={candidate.id}>
              {candidate.location ? `${candidate.id} (${candidate.location})` : candidate.id}
            </MenuItem>
          ))}
        </TextField>
      )}
    </Stack>
  )
}

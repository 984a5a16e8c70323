import Chip from '@mui/material/Chip'
import Stack from '@mui/material/Stack'
import Tooltip from '@mui/material/Tooltip'
import Typography from '@mui/material/Typography'
import { CopyButton } from '../../../components/CopyButton'
import { useMessages } from '../../../lib/i18n'
import type { KeyRow } from '../join'
import { keyMessages } from '../messages'
import { isLegacyKey, shortAccessKey } from '../rules'

// The 92-character key wraps anywhere inside the tooltip instead of overflowing it.
const tooltipSlotProps = {
  tooltip: { sx: { overflowWrap: 'anywhere', fontFamily: 'monospace', maxWidth: 360 } },
} as const

/** The access key, shortened with the full value on hover, a copy button and its badges. */
export function AccessKeyCell({ keyRow }: { keyRow: KeyRow }) {
  const t = useMessages(keyMessages)
  const short = shortAccessKey(keyRow.accessKey)
  return (
    <Stack spacing={0.5}>
      <Stack direction="row" sx={{ alignItems: 'center', gap: 0.5 }}>
        <Tooltip title={keyRow.accessKey} describeChild slotProps={tooltipSlotProps}>
          <Typography component="span" sx={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>
            {short}
          </Typography>
        </Tooltip>
        <CopyButton value={keyRow.accessKey} what={t('accessKeyNamed', { key: short })} />
      </Stack>
      <Stack direction="row" sx={{ gap: 0.5, flexWrap: 'wrap' }}>
        {isLegacyKey(keyRow) && (
          <Tooltip title={t('legacyHint')} describeChild>
            <Chip size="small" variant="outlined" label={t('legacy')} />
          </Tooltip>
        )}
        {keyRow.administrative && (
          <Tooltip title={t('administrativeHint')} describeChild>
            <Chip size="small" color="secondary" label={t('administrative')} />
          </Tooltip>
        )}
      </Stack>
    </Stack>
  )
}

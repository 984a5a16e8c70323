import Chip from '@mui/material/Chip'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { CopyButton } from '../../../components/CopyButton'
import { Hint } from '../../../components/Hint'
import { useMessages } from '../../../lib/i18n'
import type { KeyRow } from '../join'
import { keyMessages } from '../messages'
import { isLegacyKey, shortAccessKey } from '../rules'
import { regionMessages } from './regionMessages'

/** The access key, shortened with the full value on hover, a copy button and its badges. */
export function AccessKeyCell({ keyRow }: { keyRow: KeyRow }) {
  const t = useMessages(keyMessages)
  const tr = useMessages(regionMessages)
  const short = shortAccessKey(keyRow.accessKey)
  return (
    <Stack spacing={0.5}>
      <Stack direction="row" sx={{ alignItems: 'center', gap: 0.5 }}>
        {/*
         * The first column: the hint opens towards the end, so it stays on a narrow screen. The
         * short key takes focus, so the whole key shows for the keyboard as for the mouse.
         */}
        <Hint title={keyRow.accessKey} align="start" describeChild>
          <Typography
            component="span"
            tabIndex={0}
            sx={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}
          >
            {short}
          </Typography>
        </Hint>
        <CopyButton value={keyRow.accessKey} what={t('accessKeyNamed', { key: short })} />
      </Stack>
      <Stack direction="row" sx={{ gap: 0.5, flexWrap: 'wrap' }}>
        {isLegacyKey(keyRow) && (
          <Hint title={t('legacyHint')} align="start" describeChild>
            <Chip size="small" variant="outlined" label={t('legacy')} />
          </Hint>
        )}
        {keyRow.administrative && (
          <Hint title={t('administrativeHint')} align="start" describeChild>
            <Chip size="small" color="secondary" label={t('administrative')} />
          </Hint>
        )}
      </Stack>
      {/* Where the key works (a legacy key: the user-owned regions only), when the API says. */}
      {keyRow.supportedRegions && (
        <Typography variant="caption" color="text.secondary" sx={{ maxWidth: 240 }}>
          {tr('regions', { regions: keyRow.supportedRegions.join(', ') })}
        </Typography>
      )}
    </Stack>
  )
}

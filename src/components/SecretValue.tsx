import Box from '@mui/material/Box'
import IconButton from '@mui/material/IconButton'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import VisibilityOffOutlined from '@mui/icons-material/VisibilityOffOutlined'
import VisibilityOutlined from '@mui/icons-material/VisibilityOutlined'
import { useId, useState } from 'react'
import { CopyButton } from './CopyButton'
import { Hint } from './Hint'
import { useMessages } from '../lib/i18n'
import { dialogMessages } from './dialogMessages'
import { visuallyHidden } from './visuallyHidden'

const MASK = '••••••••••••••••••••'

interface SecretValueProps {
  label: string
  value: string
  /** Masked until the user asks to see it; while masked the value is not in the page at all. */
  secret?: boolean
}

export function SecretValue({ label, value, secret = false }: SecretValueProps) {
  const t = useMessages(dialogMessages)
  const labelId = useId()
  const [revealed, setRevealed] = useState(false)
  const hidden = secret && !revealed
  const toggleLabel = revealed ? t('hideSecret') : t('showSecret')
  return (
    <Stack spacing={0.5} role="group" aria-labelledby={labelId}>
      <Typography id={labelId} variant="subtitle2" component="span">
        {label}
      </Typography>
      <Stack direction="row" sx={{ alignItems: 'center', gap: 0.5 }}>
        <Typography
          component="span"
          sx={{ fontFamily: 'monospace', overflowWrap: 'anywhere', flex: 1 }}
        >
          {hidden ? (
            <>
              <span aria-hidden="true">{MASK}</span>
              <Box component="span" sx={visuallyHidden}>
                {t('secretHidden')}
              </Box>
            </>
          ) : (
            value
          )}
        </Typography>
        {secret && (
          <Hint title={toggleLabel}>
            <IconButton
              aria-label={t('showSecret')}
              aria-pressed={revealed}
              onClick={() => setRevealed((current) => !current)}
            >
              {revealed ? <VisibilityOffOutlined /> : <VisibilityOutlined />}
            </IconButton>
          </Hint>
        )}
        <CopyButton
          value={value}
          what={label}
          announce={!secret}
          size="medium"
          // At the dialog's right edge: a centred hint would stick out of it on a phone.
          hintAlign="end"
        />
      </Stack>
    </Stack>
  )
}

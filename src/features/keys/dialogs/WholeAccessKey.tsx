import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { useId } from 'react'
import { CopyButton } from '../../../components/CopyButton'
import { useMessages } from '../../../lib/i18n'
import { keyMessages } from '../messages'
import { shortAccessKey } from '../rules'
import { keyPartMessages } from '../panel/messages'

/**
 * The whole access key, wrapped, in a confirmation: the short "00000Du4…Pouw" of the title does
 * not tell apart keys that share their ends, and a user compares it with the one in their tool.
 */
export function WholeAccessKey({ accessKey }: { accessKey: string }) {
  const t = useMessages(keyPartMessages)
  const tk = useMessages(keyMessages)
  const labelId = useId()
  return (
    <Stack role="group" aria-labelledby={labelId}>
      <Typography id={labelId} variant="subtitle2" component="span">
        {t('wholeAccessKey')}
      </Typography>
      <Stack direction="row" sx={{ alignItems: 'center', gap: 0.5 }}>
        <Typography component="span" sx={{ fontFamily: 'monospace', overflowWrap: 'anywhere' }}>
          {accessKey}
        </Typography>
        <CopyButton
          value={accessKey}
          what={tk('accessKeyNamed', { key: shortAccessKey(accessKey) })}
        />
      </Stack>
    </Stack>
  )
}

import Button from '@mui/material/Button'
import Skeleton from '@mui/material/Skeleton'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import AddOutlined from '@mui/icons-material/AddOutlined'
import { useId, type ReactNode, type Ref } from 'react'
import { useMessages } from '../../../lib/i18n'
import { keyMessages } from '../messages'
import { MAX_KEYS } from '../rules'

interface KeysHeaderProps {
  headingId: string
  /** Focus lands on the heading when the element that had it is gone (a deleted key's row). */
  headingRef: Ref<HTMLHeadingElement>
  /** Null while the count is not known yet. */
  count: number | null
  /** Whether to offer Generate at all (a user without the privilege gets no button). */
  showGenerate: boolean
  onGenerate: () => void
  /** A further action beside Generate ("Deactivate all keys" on a user's page). */
  extra?: ReactNode
}

export function KeysHeader(props: KeysHeaderProps) {
  const { headingId, headingRef, count, showGenerate, onGenerate } = props
  const t = useMessages(keyMessages)
  const reasonId = useId()
  const atLimit = count !== null && count >= MAX_KEYS
  return (
    <Stack spacing={1}>
      <Stack direction="row" sx={{ alignItems: 'center', flexWrap: 'wrap', gap: 2 }}>
        <Typography variant="h2" id={headingId} ref={headingRef} tabIndex={-1}>
          {t('title')}
        </Typography>
        <Typography color="text.secondary" sx={{ minWidth: 96 }}>
          {count === null ? <Skeleton width={96} /> : t('counter', { count, max: MAX_KEYS })}
        </Typography>
        {showGenerate && (
          <Button
            variant="contained"
            startIcon={<AddOutlined />}
            onClick={onGenerate}
            disabled={count === null || atLimit}
            aria-describedby={atLimit ? reasonId : undefined}
            sx={{ ml: 'auto' }}
          >
            {t('generate')}
          </Button>
        )}
        {props.extra && <Stack sx={{ ml: showGenerate ? 0 : 'auto' }}>{props.extra}</Stack>}
      </Stack>
      {showGenerate && atLimit && (
        <Typography id={reasonId} variant="body2" color="text.secondary">
          {t('limitReached', { max: MAX_KEYS })}
        </Typography>
      )}
    </Stack>
  )
}

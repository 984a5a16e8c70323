import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Typography from '@mui/material/Typography'
import { memo } from 'react'
import { useMessages } from '../../../lib/i18n'
import type { BulkAction } from './bulk'
import { allKeysMessages } from './messages'

/** The actions on the selected keys; there, and named, only while keys are selected. */
export const BulkBar = memo(function BulkBar(props: {
  count: number
  disabled: boolean
  onAction: (action: BulkAction) => void
  onClear: () => void
}) {
  const t = useMessages(allKeysMessages)
  if (props.count === 0) return null
  const actions = [
    { action: 'deactivate', label: t('deactivate') },
    { action: 'activate', label: t('activate') },
    { action: 'delete', label: t('delete') },
  ] as const
  return (
    <Box
      role="group"
      aria-label={t('selected', { count: props.count })}
      sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center' }}
    >
      <Typography sx={{ mr: 1 }}>{t('selected', { count: props.count })}</Typography>
      {actions.map(({ action, label }) => (
        <Button
          key={action}
          variant="contained"
          color={action === 'delete' ? 'error' : 'primary'}
          disabled={props.disabled}
          onClick={() => props.onAction(action)}
        >
          {label}
        </Button>
      ))}
      <Button onClick={props.onClear}>{t('clearSelection')}</Button>
    </Box>
  )
})

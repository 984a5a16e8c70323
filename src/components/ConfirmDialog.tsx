import Button from '@mui/material/Button'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogTitle from '@mui/material/DialogTitle'
import Stack from '@mui/material/Stack'
import { useId, type ReactNode } from 'react'
import { useMessages } from '../lib/i18n'
import { dialogMessages } from './dialogMessages'

interface ConfirmDialogProps {
  title: string
  children: ReactNode
  confirmLabel: string
  onConfirm: () => void
  onCancel: () => void
  /** While the action runs: the buttons wait and the dialog cannot be closed. */
  pending?: boolean
  pendingLabel?: string
  destructive?: boolean
  /** Confirming could not work any more (the dialog says why). */
  confirmDisabled?: boolean
}

/** A confirmation that names what it acts on; focus starts on Cancel, the safe choice. */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const t = useMessages(dialogMessages)
  const titleId = useId()
  const pending = props.pending ?? false
  return (
    <Dialog
      open
      onClose={() => {
        if (!pending) props.onCancel()
      }}
      aria-labelledby={titleId}
      maxWidth="sm"
      fullWidth
    >
      <DialogTitle id={titleId} sx={{ overflowWrap: 'anywhere' }}>
        {props.title}
      </DialogTitle>
      <DialogContent>
        <Stack spacing={2}>{props.children}</Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={props.onCancel} disabled={pending} autoFocus>
          {t('cancel')}
        </Button>
        <Button
          variant="contained"
          color={props.destructive ? 'error' : 'primary'}
          onClick={props.onConfirm}
          disabled={pending || (props.confirmDisabled ?? false)}
        >
          {pending && props.pendingLabel ? props.pendingLabel : props.confirmLabel}
        </Button>
      </DialogActions>
    </Dialog>
  )
}

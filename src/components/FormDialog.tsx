import Button from '@mui/material/Button'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogTitle from '@mui/material/DialogTitle'
import Stack from '@mui/material/Stack'
import { useId, type FormEvent, type ReactNode } from 'react'
import { useMessages } from '../lib/i18n'
import { dialogMessages } from './dialogMessages'

interface FormDialogProps {
  title: string
  children: ReactNode
  submitLabel: string
  /** Said on the submit button while the request runs. */
  pendingLabel: string
  /** Called on a submission that is not pending; the frame has already prevented the reload. */
  onSubmit: () => void
  onCancel: () => void
  /** While the request runs, the buttons wait and the dialog cannot be closed. */
  pending: boolean
  /** Whether Cancel (and Escape) may close it; by default while nothing is pending. */
  cancellable?: boolean
  /** The submit button waits for a valid choice too. */
  submitDisabled?: boolean
}

/** A dialog that is a form: its fields, then Cancel and the submit button (Enter submits). */
export function FormDialog(props: FormDialogProps) {
  const t = useMessages(dialogMessages)
  const titleId = useId()
  const { pending } = props
  const cancellable = props.cancellable ?? !pending

  function submit(event: FormEvent) {
    event.preventDefault()
    if (!pending) props.onSubmit()
  }

  return (
    <Dialog
      open
      onClose={() => {
        if (cancellable) props.onCancel()
      }}
      aria-labelledby={titleId}
      maxWidth="sm"
      fullWidth
      slotProps={{ paper: { component: 'form', onSubmit: submit, 'aria-busy': pending } }}
    >
      <DialogTitle id={titleId}>{props.title}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>{props.children}</Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={props.onCancel} disabled={!cancellable}>
          {t('cancel')}
        </Button>
        <Button
          type="submit"
          variant="contained"
          disabled={pending || (props.submitDisabled ?? false)}
        >
          {pending ? props.pendingLabel : props.submitLabel}
        </Button>
      </DialogActions>
    </Dialog>
  )
}

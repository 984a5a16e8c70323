import Button from '@mui/material/Button'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import Stack from '@mui/material/Stack'
import { createContext, useContext, type ReactNode } from 'react'

export interface WizardClose {
  label: string
  onClose: () => void
  /** While a request runs, or while an unsaved secret is on screen. */
  disabled: boolean
}

export const WizardCloseContext = createContext<WizardClose | null>(null)

/** A step's body and its buttons; "Cancel" or "Continue later" always comes first. */
export function StepLayout({ children, actions }: { children: ReactNode; actions?: ReactNode }) {
  const close = useContext(WizardCloseContext)
  return (
    <>
      <DialogContent>
        <Stack spacing={2}>{children}</Stack>
      </DialogContent>
      <DialogActions sx={{ flexWrap: 'wrap', gap: 1 }}>
        {close && (
          <Button onClick={close.onClose} disabled={close.disabled} sx={{ mr: 'auto' }}>
            {close.label}
          </Button>
        )}
        {actions}
      </DialogActions>
    </>
  )
}

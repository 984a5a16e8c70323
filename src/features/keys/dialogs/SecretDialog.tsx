import Alert from '@mui/material/Alert'
import Button from '@mui/material/Button'
import Checkbox from '@mui/material/Checkbox'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogTitle from '@mui/material/DialogTitle'
import FormControlLabel from '@mui/material/FormControlLabel'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { useId, useState } from 'react'
import { useMessages } from '../../../lib/i18n'
import { CredentialDownload } from '../credentials/CredentialDownload'
import type { KeyPair } from '../download'
import { keyMessages } from '../messages'
import { SecretValue } from '../../../components/SecretValue'

interface SecretDialogProps {
  pair: KeyPair
  onClose: () => void
}

/**
 * The one time the secret is shown. It lives in the props of this dialog only: the parent keeps
 * it in component state and drops it when the dialog closes. Backdrop and Escape do nothing until
 * the user has ticked that they saved it.
 */
export function SecretDialog({ pair, onClose }: SecretDialogProps) {
  const t = useMessages(keyMessages)
  const titleId = useId()
  const hintId = useId()
  const [saved, setSaved] = useState(false)
  return (
    <Dialog
      open
      onClose={() => {
        if (saved) onClose()
      }}
      aria-labelledby={titleId}
      maxWidth="sm"
      fullWidth
    >
      <DialogTitle id={titleId}>{t('secretTitle')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <Alert severity="warning">{t('secretWarning')}</Alert>
          <SecretValue label={t('accessKey')} value={pair.accessKey} />
          <SecretValue label={t('secretKey')} value={pair.secretKey} secret />
          <CredentialDownload pair={pair} />
          {/* The hint sits with the box it asks for, not in the footer far from it. */}
          <div>
            <FormControlLabel
              control={<Checkbox checked={saved} onChange={(_e, checked) => setSaved(checked)} />}
              label={t('savedConfirm')}
            />
            {!saved && (
              <Typography id={hintId} variant="body2" color="text.secondary" sx={{ pl: 4 }}>
                {t('closeHint')}
              </Typography>
            )}
          </div>
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button
          variant="contained"
          onClick={onClose}
          disabled={!saved}
          aria-describedby={saved ? undefined : hintId}
        >
          {t('close')}
        </Button>
      </DialogActions>
    </Dialog>
  )
}

import Button from '@mui/material/Button'
import CircularProgress from '@mui/material/CircularProgress'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogContentText from '@mui/material/DialogContentText'
import DialogTitle from '@mui/material/DialogTitle'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import CheckCircleOutline from '@mui/icons-material/CheckCircleOutlined'
import ErrorOutline from '@mui/icons-material/ErrorOutlineOutlined'
import { useId, useState } from 'react'
import { useMessages } from '../../../../lib/i18n'
import type { KeyRow } from '../../join'
import { shortAccessKey } from '../../rules'
import { offboardingMessages } from './messages'
import { failedKeys, summarize, type KeyOutcome } from './outcomes'
import { useDeactivateAll } from './useDeactivateAll'

export interface DeactivateAllDialogProps {
  userId: string
  /** The user's name, as the page shows it. */
  name: string
  keys: readonly KeyRow[]
  onClose: () => void
}

/** The result line takes the focus when the run starts, so that its progress is heard. */
const focusOnMount = (node: HTMLElement | null) => node?.focus()

/**
 * Offboarding: asks first (naming the user and how many keys), then switches every active key
 * off, shows what happened to each key and why, and retries only the failures.
 */
export function DeactivateAllDialog({ userId, name, keys, onClose }: DeactivateAllDialogProps) {
  const t = useMessages(offboardingMessages)
  const titleId = useId()
  // The keys that were active when the user confirmed; the list may change underneath.
  const [targets] = useState(() =>
    keys.filter((key) => key.active === true).map((key) => key.accessKey),
  )
  const { outcomes, running, run } = useDeactivateAll(userId)
  const started = outcomes.size > 0
  const summary = summarize(outcomes)
  const failed = failedKeys(outcomes)
  const count = targets.length

  let status = t('deactivateAllRunning', { done: count - summary.pending, count })
  if (!running && summary.failed > 0) {
    status = t('deactivateAllSummary', { ...summary, count })
  } else if (!running) {
    status = t('deactivateAllDone', { count, name })
  }

  return (
    <Dialog
      open
      onClose={() => {
        if (!running) onClose()
      }}
      aria-labelledby={titleId}
      maxWidth="sm"
      fullWidth
    >
      <DialogTitle id={titleId} sx={{ overflowWrap: 'anywhere' }}>
        {started
          ? t('deactivateAllResultTitle', { name })
          : t('deactivateAllTitle', { count, name })}
      </DialogTitle>
      <DialogContent>
        {!started ? (
          <Stack spacing={2}>
            <DialogContentText>{t('deactivateAllBody')}</DialogContentText>
            <DialogContentText sx={{ overflowWrap: 'anywhere' }}>
              {t('deactivateAllKeys', { keys: targets.map(shortAccessKey).join(', ') })}
            </DialogContentText>
          </Stack>
        ) : (
          <Stack spacing={2}>
            <Typography
              key={running ? 'running' : 'finished'}
              ref={focusOnMount}
              tabIndex={-1}
              role="status"
              sx={{ fontWeight: 600 }}
            >
              {status}
            </Typography>
            <Stack component="ul" spacing={1} sx={{ m: 0, p: 0, listStyle: 'none' }}>
              {targets.map((accessKey) => (
                <OutcomeLine
                  key={accessKey}
                  accessKey={accessKey}
                  outcome={outcomes.get(accessKey)}
                />
              ))}
            </Stack>
          </Stack>
        )}
      </DialogContent>
      <DialogActions sx={{ flexWrap: 'wrap', gap: 1 }}>
        {!started ? (
          <>
            <Button onClick={onClose} autoFocus>
              {t('cancel')}
            </Button>
            <Button variant="contained" color="error" onClick={() => void run(targets)}>
              {t('deactivateAllConfirm')}
            </Button>
          </>
        ) : (
          <>
            {!running && failed.length > 0 && (
              <Button variant="outlined" onClick={() => void run(failed)}>
                {t('retryFailed')}
              </Button>
            )}
            <Button variant="contained" onClick={onClose} disabled={running}>
              {t('close')}
            </Button>
          </>
        )}
      </DialogActions>
    </Dialog>
  )
}

function OutcomeLine({ accessKey, outcome }: { accessKey: string; outcome?: KeyOutcome }) {
  const t = useMessages(offboardingMessages)
  const key = shortAccessKey(accessKey)
  let icon = <CircularProgress size={18} aria-hidden />
  let text = t('keyPending', { key })
  if (outcome?.state === 'done') {
    icon = <CheckCircleOutline color="success" aria-hidden />
    text = t('keyDeactivated', { key })
  } else if (outcome?.state === 'failed') {
    icon = <ErrorOutline color="error" aria-hidden />
    text = t('keyFailed', { key, reason: outcome.reason })
  }
  return (
    <Stack component="li" direction="row" sx={{ gap: 1, alignItems: 'flex-start' }}>
      {icon}
      <Typography component="span" sx={{ overflowWrap: 'anywhere' }}>
        {text}
      </Typography>
    </Stack>
  )
}

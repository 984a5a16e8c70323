import Alert from '@mui/material/Alert'
import Button from '@mui/material/Button'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogContentText from '@mui/material/DialogContentText'
import DialogTitle from '@mui/material/DialogTitle'
import LinearProgress from '@mui/material/LinearProgress'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { useId } from 'react'
import { downloadText } from '../../../lib/browser/download'
import { useMessages } from '../../../lib/i18n'
import { INVENTORY_HEADER, inventoryCsv, inventoryFileName } from './csv'
import { inventoryMessages } from './messages'
import type { UserResult } from './scan'
import { useInventoryScan, type ScanState } from './useInventoryScan'

/**
 * Owners and administrators export every user's keys as CSV. The scan shows its progress, can be
 * cancelled, and ends with the users it could not read (which the file marks as well).
 */
export function InventoryDialog({ onClose }: { onClose: () => void }) {
  const t = useMessages(inventoryMessages)
  const titleId = useId()
  const { state, start, retryFailed, cancel } = useInventoryScan()
  const scanning = state.kind === 'listing' || state.kind === 'reading'

  return (
    <Dialog
      open
      onClose={() => {
        if (!scanning) onClose()
      }}
      aria-labelledby={titleId}
      maxWidth="sm"
      fullWidth
    >
      <DialogTitle id={titleId}>{t('title')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <DialogContentText>{t('intro', { columns: columnList })}</DialogContentText>
          <DialogContentText>{t('csvNote')}</DialogContentText>
          {scanning && <Progress state={state} />}
          <Outcome state={state} />
        </Stack>
      </DialogContent>
      <DialogActions sx={{ flexWrap: 'wrap', gap: 1 }}>
        {scanning ? (
          <Button onClick={cancel}>{t('cancel')}</Button>
        ) : (
          <Button onClick={onClose}>{t('close')}</Button>
        )}
        {state.kind === 'done' && failedOf(state.results).length > 0 && (
          <Button variant="outlined" onClick={() => void retryFailed(state.results)}>
            {t('retryFailed')}
          </Button>
        )}
        {state.kind === 'done' && (
          <Button
            variant="contained"
            onClick={() =>
              downloadText(inventoryCsv(state.results), inventoryFileName(), 'text/csv')
            }
          >
            {t('download')}
          </Button>
        )}
        {(state.kind === 'idle' || state.kind === 'cancelled' || state.kind === 'failed') && (
          <Button variant="contained" onClick={() => void start()}>
            {state.kind === 'idle' ? t('start') : t('startAgain')}
          </Button>
        )}
      </DialogActions>
    </Dialog>
  )
}

// The dialog names every column the file has, as the file names them.
const columnList = INVENTORY_HEADER.map((column) => `“${column}”`).join(', ')

const failedOf = (results: readonly UserResult[]) =>
  results.flatMap((result) => ('error' in result ? [result] : []))

function Progress({ state }: { state: ScanState }) {
  const t = useMessages(inventoryMessages)
  const text =
    state.kind === 'reading'
      ? t('reading', { done: state.done, total: state.total })
      : t('listing', { count: state.kind === 'listing' ? state.found : 0 })
  const value = state.kind === 'reading' && state.total > 0 ? (state.done / state.total) * 100 : 0
  return (
    <Stack spacing={1}>
      <LinearProgress
        variant={state.kind === 'reading' ? 'determinate' : 'indeterminate'}
        value={value}
        aria-label={t('progressLabel')}
        aria-valuetext={text}
      />
      <Typography variant="body2">{text}</Typography>
    </Stack>
  )
}

/** The result, announced once when the scan ends; the failures named one by one. */
function Outcome({ state }: { state: ScanState }) {
  const t = useMessages(inventoryMessages)
  if (state.kind === 'failed') {
    return (
      <Alert severity="error" role="alert">
        {t('listFailed', { reason: state.reason })}
      </Alert>
    )
  }
  let summary = ''
  if (state.kind === 'cancelled') summary = t('cancelled', state)
  const failed = state.kind === 'done' ? failedOf(state.results) : []
  if (state.kind === 'done') {
    const keys = state.results.reduce(
      (sum, result) => sum + ('keys' in result ? result.keys.length : 0),
      0,
    )
    const read = state.results.length - failed.length
    summary = `${t('done', { read, total: state.results.length, keys })} ${failed.length === 0 ? t('allRead') : ''}`
  }
  return (
    <Stack spacing={1}>
      <Typography role="status" sx={{ fontWeight: summary ? 600 : undefined }}>
        {summary.trim()}
      </Typography>
      {failed.length > 0 && (
        <Alert severity="warning">
          <Typography component="h3" variant="subtitle2">
            {t('failedTitle', { count: failed.length })}
          </Typography>
          <Stack
            component="ul"
            // Scrolls when long: focusable, so that a keyboard can scroll it too.
            tabIndex={0}
            sx={{ m: 0, pl: 2, maxHeight: 200, overflowY: 'auto' }}
          >
            {failed.map(({ user, error }) => (
              <li key={user.id}>
                {t('failedLine', { name: user.name, email: user.email, reason: error })}
              </li>
            ))}
          </Stack>
        </Alert>
      )}
    </Stack>
  )
}

import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogContentText from '@mui/material/DialogContentText'
import DialogTitle from '@mui/material/DialogTitle'
import Typography from '@mui/material/Typography'
import { useId, useState } from 'react'
import { useMessages } from '../../../lib/i18n'
import type { InventoryUser } from '../inventory/scan'
import { countOutcomes, type BulkPlan } from './bulk'
import { bulkMessages } from './bulk-messages'
import type { KeyTableRow } from './rows'
import { useBulkAction } from './useBulkAction'

const titleKey = {
  deactivate: 'deactivateTitle',
  activate: 'activateTitle',
  delete: 'deleteTitle',
} as const
const bodyKey = {
  deactivate: 'deactivateBody',
  activate: 'activateBody',
  delete: 'deleteBody',
} as const
const confirmKey = {
  deactivate: 'confirmDeactivate',
  activate: 'confirmActivate',
  delete: 'confirmDelete',
} as const

const names = (users: readonly InventoryUser[]) =>
  users.map((user) => `${user.name} (${user.email})`).join(', ')

/**
 * Confirms a bulk action (naming what it acts on and the users the guards concern, focus on
 * Cancel), runs it, then shows a result per key with a retry of the failures.
 */
export function BulkDialog(props: {
  plan: BulkPlan
  refresh: (users: InventoryUser[]) => Promise<void>
  onClose: () => void
}) {
  const t = useMessages(bulkMessages)
  const titleId = useId()
  const { plan } = props
  const { outcomes, running, run } = useBulkAction(props.refresh)
  const [started, setStarted] = useState(false)
  const count = plan.keys.length
  const summary = countOutcomes(outcomes)
  const failed = plan.keys.filter((row) => outcomes.get(row.id)?.state === 'failed')
  const start = (rows: readonly KeyTableRow[]) => {
    setStarted(true)
    void run(plan.action, rows)
  }
  const warning =
    plan.action === 'activate' ? null : plan.action === 'delete' ? 'warnDelete' : 'warnDeactivate'
  return (
    <Dialog
      open
      onClose={() => {
        if (!running) props.onClose()
      }}
      aria-labelledby={titleId}
      maxWidth="sm"
      fullWidth
    >
      <DialogTitle id={titleId}>
        {started ? t('resultTitle') : t(titleKey[plan.action], { count })}
      </DialogTitle>
      <DialogContent>
        {!started ? (
          <>
            <DialogContentText>{t(bodyKey[plan.action])}</DialogContentText>
            {plan.unchanged > 0 && (
              <DialogContentText sx={{ mt: 1 }}>
                {t('unchanged', { count: plan.unchanged })}
              </DialogContentText>
            )}
            {warning && plan.warnUsers.length > 0 && (
              <Alert severity="warning" sx={{ mt: 2 }}>
                {t(warning, { names: names(plan.warnUsers) })}
              </Alert>
            )}
          </>
        ) : (
          <Typography role="status" sx={{ fontWeight: 600 }}>
            {running
              ? t('running', { done: summary.done + summary.failed, count: summary.count })
              : summary.failed === 0
                ? t('allDone', { count: summary.count })
                : t('summary', summary)}
          </Typography>
        )}
        <Box
          component="ul"
          aria-label={t('keysLabel')}
          tabIndex={0}
          sx={{ mt: 2, mb: 0, pl: 2, maxHeight: 240, overflowY: 'auto' }}
        >
          {plan.keys.map((row) => {
            const outcome = outcomes.get(row.id)
            const params = { key: row.accessKey ?? '', name: row.user.name }
            let text = row.accessKey ?? ''
            if (outcome?.state === 'done') text = t('keyDone', params)
            if (outcome?.state === 'pending') text = t('keyPending', params)
            if (outcome?.state === 'failed') {
              text = t('keyFailed', { ...params, reason: outcome.reason })
            }
            if (!outcome) text = `${params.key} (${params.name})`
            return <li key={row.id}>{text}</li>
          })}
        </Box>
      </DialogContent>
      <DialogActions sx={{ flexWrap: 'wrap', gap: 1 }}>
        <Button onClick={props.onClose} disabled={running} autoFocus>
          {started ? t('close') : t('cancel')}
        </Button>
        {!started && (
          <Button
            variant="contained"
            color={plan.action === 'delete' ? 'error' : 'primary'}
            onClick={() => start(plan.keys)}
            disabled={count === 0}
          >
            {t(confirmKey[plan.action], { count })}
          </Button>
        )}
        {started && !running && failed.length > 0 && (
          <Button variant="contained" onClick={() => start(failed)}>
            {t('retryFailed')}
          </Button>
        )}
      </DialogActions>
    </Dialog>
  )
}

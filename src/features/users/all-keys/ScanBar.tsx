import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import LinearProgress from '@mui/material/LinearProgress'
import Typography from '@mui/material/Typography'
import { memo, useEffect, useState } from 'react'
import { useLocale, useMessages } from '../../../lib/i18n'
import { allKeysMessages } from './messages'
import type { AllKeysScan } from './useAllKeysScan'

/** "Read 3 minutes ago", kept current while the page is open. */
function useReadAgo(readAt: number | null): string | null {
  const t = useMessages(allKeysMessages)
  const { locale } = useLocale()
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 30_000)
    return () => window.clearInterval(timer)
  }, [])
  if (readAt === null) return null
  const minutes = Math.floor((Math.max(now, readAt) - readAt) / 60_000)
  if (minutes < 1) return t('readNow')
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })
  const ago =
    minutes < 60
      ? format.format(-minutes, 'minute')
      : format.format(-Math.floor(minutes / 60), 'hour')
  return t('readAgo', { ago })
}

/** The read's progress and Cancel while it runs; then when it was read, and Refresh. */
export const ScanBar = memo(function ScanBar({
  scan,
  onRefresh,
  onCancel,
}: {
  scan: AllKeysScan
  onRefresh: () => void
  onCancel: () => void
}) {
  const t = useMessages(allKeysMessages)
  const readAgo = useReadAgo(scan.readAt)
  const { phase } = scan
  if (phase.kind === 'reading') {
    const text = t('reading', { done: phase.done, total: phase.total })
    return (
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
        <Box sx={{ flex: '1 1 200px' }}>
          <LinearProgress
            variant={phase.total > 0 ? 'determinate' : 'indeterminate'}
            value={phase.total > 0 ? (phase.done / phase.total) * 100 : 0}
            aria-label={t('progressLabel')}
            aria-valuetext={text}
          />
          <Typography variant="body2" sx={{ mt: 0.5 }}>
            {text}
          </Typography>
        </Box>
        <Button onClick={onCancel}>{t('cancel')}</Button>
      </Box>
    )
  }
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
      {phase.kind === 'failed' && (
        <Alert severity="error">{t('failed', { reason: phase.reason })}</Alert>
      )}
      {phase.kind === 'cancelled' && (
        <Alert severity="info">{t('cancelled', { done: phase.done, total: phase.total })}</Alert>
      )}
      {phase.kind === 'done' && (
        <Typography variant="body2" role="status">
          {readAgo} {!scan.kept && t('notKept')}
        </Typography>
      )}
      <Button variant="outlined" onClick={onRefresh}>
        {t('refresh')}
      </Button>
    </Box>
  )
})

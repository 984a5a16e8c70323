import Alert from '@mui/material/Alert'
import Button from '@mui/material/Button'
import Stack from '@mui/material/Stack'
import { useEffect } from 'react'
import { useMessages } from '../../../lib/i18n'
import type { KeyRow } from '../join'
import { shortAccessKey } from '../rules'
import { hygieneMessages } from '../hygiene/messages'
import { clearProgress, useRotationProgress } from './progress'

interface RotationResumeProps {
  userId: string
  keys: readonly KeyRow[]
  /** The key list has loaded: only then can the saved rotation be checked against it. */
  loaded: boolean
  /** The wizard is open. */
  rotating: boolean
  onResume: (oldKey: KeyRow) => void
}

/**
 * An unfinished rotation of this user's keys: the wizard reopens at once when it was open (the page
 * was reloaded, or left), else a banner offers to continue ("Continue later" closed it).
 */
export function RotationResume({ userId, keys, loaded, rotating, onResume }: RotationResumeProps) {
  const t = useMessages(hygieneMessages)
  const progress = useRotationProgress(userId)
  const oldKey = progress ? keys.find((key) => key.accessKey === progress.oldAccessKey) : undefined

  useEffect(() => {
    if (!loaded || !progress || rotating) return
    // The key it was rotating is gone: nothing is left to do.
    if (!oldKey) clearProgress(userId)
    else if (progress.open) onResume(oldKey)
  }, [loaded, progress, rotating, oldKey, userId, onResume])

  if (!loaded || !progress || !oldKey || rotating || progress.open) return null
  return (
    <Alert
      severity="info"
      action={
        <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap' }}>
          <Button color="inherit" onClick={() => onResume(oldKey)}>
            {t('resume')}
          </Button>
          <Button color="inherit" onClick={() => clearProgress(userId)}>
            {t('discard')}
          </Button>
        </Stack>
      }
    >
      {t('resumeBanner', { key: shortAccessKey(oldKey.accessKey) })}
    </Alert>
  )
}

import Alert from '@mui/material/Alert'
import Stack from '@mui/material/Stack'
import { CopyButton } from '../../../components/CopyButton'
import { useMessages } from '../../../lib/i18n'
import { keyGoneMessages } from './keyGoneMessages'

interface KeyGoneAlertProps {
  /** The key's short name, as the row shows it. */
  name: string
  /** What became of the user's input: a description still in the field (with a copy button). */
  kept: { kind: 'description'; text: string } | { kind: 'renew' }
}

/**
 * The key a dialog acts on was deleted meanwhile. Said plainly, once; the mutation's settle has
 * already asked for the list again. What the user typed stays where it was, and says so.
 */
export function KeyGoneAlert({ name, kept }: KeyGoneAlertProps) {
  const t = useMessages(keyGoneMessages)
  const typed = kept.kind === 'description' && kept.text.trim() !== '' ? kept.text : null
  return (
    <Alert severity="info" role="alert">
      <Stack spacing={1}>
        <span>{t('keyGone', { key: name })}</span>
        {kept.kind === 'renew' && <span>{t('renewNotDone')}</span>}
        {typed !== null && (
          <Stack direction="row" sx={{ alignItems: 'center', gap: 0.5 }}>
            <span>{t('descriptionKept')}</span>
            <CopyButton value={typed} what={t('typedDescription')} />
          </Stack>
        )}
      </Stack>
    </Alert>
  )
}

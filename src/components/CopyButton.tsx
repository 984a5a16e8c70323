import IconButton from '@mui/material/IconButton'
import CheckOutlined from '@mui/icons-material/CheckOutlined'
import ContentCopyOutlined from '@mui/icons-material/ContentCopyOutlined'
import { useEffect, useState } from 'react'
import { useMessages } from '../lib/i18n'
import { announce as announceOnly } from '../lib/browser/announcer'
import { notify } from '../lib/browser/notifications'
import { Hint } from './Hint'
import { componentMessages } from './messages'

interface CopyButtonProps {
  value: string
  /** What is copied, for the button's name and the announcement: "access key", "secret key". */
  what: string
  /**
   * Secrets must not reach the notification queue's history: they get a quiet inline tick, and the
   * live region says that (never what) was copied.
   */
  announce?: boolean
  size?: 'small' | 'medium'
  /** Where its hint sits; `end` for a button at the right edge of a dialog, so it stays inside. */
  hintAlign?: 'start' | 'center' | 'end'
}

/** Copies on an explicit click only, and says so (screen readers hear it through the live region). */
export function CopyButton({
  value,
  what,
  announce = true,
  size = 'small',
  hintAlign = 'center',
}: CopyButtonProps) {
  const t = useMessages(componentMessages)
  // "Access key copied.": the announcement starts a sentence with what was copied.
  const done = t('copied', { what: what.charAt(0).toLocaleUpperCase() + what.slice(1) })
  const [copied, setCopied] = useState(false)

  useEffect(() => {
    if (!copied) return
    const timer = window.setTimeout(() => setCopied(false), 2000)
    return () => window.clearTimeout(timer)
  }, [copied])

  async function copy() {
    try {
      await navigator.clipboard.writeText(value)
      setCopied(true)
      if (announce) notify(done, 'success')
      else announceOnly(done)
    } catch {
      notify(t('copyFailed', { what }), 'error')
    }
  }

  const label = t('copy', { what })
  return (
    <Hint title={copied ? done : label} align={hintAlign}>
      <IconButton aria-label={label} onClick={() => void copy()} size={size}>
        {copied ? <CheckOutlined fontSize="inherit" /> : <ContentCopyOutlined fontSize="inherit" />}
      </IconButton>
    </Hint>
  )
}

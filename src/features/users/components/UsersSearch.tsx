import Box from '@mui/material/Box'
import IconButton from '@mui/material/IconButton'
import InputAdornment from '@mui/material/InputAdornment'
import TextField from '@mui/material/TextField'
import ClearOutlined from '@mui/icons-material/ClearOutlined'
import SearchOutlined from '@mui/icons-material/SearchOutlined'
import { useEffect, useState, type FormEvent } from 'react'
import { useMessages } from '../../../lib/i18n'
import { userMessages } from '../messages'

export const SEARCH_DEBOUNCE_MS = 300

interface UsersSearchProps {
  /** The search the list shows now (from the URL). */
  value: string
  onSearch: (text: string) => void
}

/** Searches while typing (after a pause) and at once on Enter. */
export function UsersSearch({ value, onSearch }: UsersSearchProps) {
  const t = useMessages(userMessages)
  const [text, setText] = useState(value)
  // `sent` is the last search handed to the list; `seen` the last value the URL had.
  const [sent, setSent] = useState(value)
  const [seen, setSeen] = useState(value)
  if (value !== seen) {
    setSeen(value)
    // The URL changed by itself (back button, a link): show its search in the field.
    if (value !== sent) {
      setSent(value)
      setText(value)
    }
  }

  const search = (next: string) => {
    setSent(next)
    if (next !== value) onSearch(next)
  }

  useEffect(() => {
    const next = text.trim()
    if (next === sent) return
    const timer = window.setTimeout(() => {
      setSent(next)
      onSearch(next)
    }, SEARCH_DEBOUNCE_MS)
    return () => window.clearTimeout(timer)
  }, [text, sent, onSearch])

  const submit = (event: FormEvent) => {
    event.preventDefault()
    search(text.trim())
  }

  return (
    <Box component="form" role="search" onSubmit={submit} sx={{ maxWidth: 420 }}>
      <TextField
        type="search"
        label={t('searchLabel')}
        helperText={t('searchHelp')}
        value={text}
        onChange={(event) => setText(event.target.value)}
        fullWidth
        size="small"
        autoComplete="off"
        slotProps={{
          input: {
            startAdornment: (
              <InputAdornment position="start">
                <SearchOutlined fontSize="small" />
              </InputAdornment>
            ),
            endAdornment: text ? (
              <InputAdornment position="end">
                <IconButton
                  aria-label={t('clearSearch')}
                  edge="end"
                  size="small"
                  onClick={() => {
                    setText('')
                    search('')
                  }}
                >
                  <ClearOutlined fontSize="small" />
                </IconButton>
              </InputAdornment>
            ) : undefined,
          },
        }}
      />
    </Box>
  )
}

import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Link from '@mui/material/Link'
import TextField from '@mui/material/TextField'
import { memo, useDeferredValue, useState } from 'react'
import { Link as RouterLink } from 'react-router'
import { useMessages } from '../../../lib/i18n'
import { paths } from '../../../app/pages'
import { findOwners } from './filters'
import { allKeysMessages } from './messages'
import type { KeyTableRow } from './rows'

const SHOWN = 10

/** "Whose key is this?": a whole access key, or its first characters, names its user. */
export const OwnerLookup = memo(function OwnerLookup(props: {
  rows: readonly KeyTableRow[]
  complete: boolean
  anyFailed: boolean
}) {
  const t = useMessages(allKeysMessages)
  const [text, setText] = useState('')
  const key = useDeferredValue(text.trim())
  const found = findOwners(props.rows, key)
  const link = (row: KeyTableRow) => (
    <Link component={RouterLink} to={paths.user({ userId: row.user.id, tab: 'keys' })}>
      {row.user.name}
    </Link>
  )
  return (
    <Box>
      <TextField
        size="small"
        type="search"
        label={t('ownerLabel')}
        helperText={t('ownerHint')}
        value={text}
        onChange={(event) => setText(event.target.value)}
        autoComplete="off"
        spellCheck={false}
        sx={{ width: '100%', maxWidth: 520 }}
        slotProps={{ htmlInput: { maxLength: 200 } }}
      />
      <Box role="status" sx={{ mt: 1 }}>
        {key !== '' && found.length === 0 && (
          <Alert severity="info">
            {t('ownerNone', { key })}
            {props.anyFailed && ` ${t('ownerIncomplete')}`}
            {!props.complete && ` ${t('ownerWhileReading')}`}
          </Alert>
        )}
        {found.length === 1 && found[0] && (
          <Alert severity="success">
            {t('ownerOne', { key: found[0].accessKey ?? '' })} {link(found[0])} (
            {found[0].user.email})
          </Alert>
        )}
        {found.length > 1 && (
          <Alert severity="info">
            {t('ownerMany', { count: found.length, key })}
            <Box component="ul" sx={{ m: 0, pl: 2 }}>
              {found.slice(0, SHOWN).map((row) => (
                <li key={row.id}>
                  {row.accessKey}: {link(row)} ({row.user.email})
                </li>
              ))}
            </Box>
          </Alert>
        )}
      </Box>
    </Box>
  )
})

import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { formatAge, formatDate, formatDateTime, useLocale, useMessages } from '../../../lib/i18n'
import { KeyAgeFlag } from '../hygiene/KeyAgeFlag'
import type { KeyRow } from '../join'
import { keyMessages } from '../messages'
import { parseDate } from '../rules'

/** `canRotate`: the row offers a Rotate button that works (the age hint then says to use it). */
export function CreatedCell({ keyRow, canRotate }: { keyRow: KeyRow; canRotate: boolean }) {
  const t = useMessages(keyMessages)
  const { locale } = useLocale()
  const created = parseDate(keyRow.createdDate)
  if (created === null) return <>{t('createdUnknown')}</>
  return (
    <Stack component="span">
      <time dateTime={created.toISOString()} title={formatDateTime(created, locale)}>
        {formatDate(created, locale)}
      </time>
      <Typography component="span" variant="body2" color="text.secondary">
        {formatAge(created, locale)}
      </Typography>
      <KeyAgeFlag keyRow={keyRow} canRotate={canRotate} />
    </Stack>
  )
}

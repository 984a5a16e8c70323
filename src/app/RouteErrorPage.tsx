import { useMessages } from '../lib/i18n'
import { MessagePage } from '../components/MessagePage'
import { appMessages } from './messages'

/**
 * The last line for unexpected failures (a render error, a chunk that failed to load). The error
 * itself is not shown: it could carry request details; the way back is.
 */
export function RouteErrorPage() {
  const t = useMessages(appMessages)
  return (
    <MessagePage
      title={t('errorTitle')}
      body={t('errorBody')}
      action={{ to: '/keys', label: t('backToKeys'), reload: true }}
    />
  )
}

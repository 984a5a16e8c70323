import { useMessages } from '../lib/i18n'
import { MessagePage } from '../components/MessagePage'
import { appMessages } from './messages'

export function NotPermittedPage() {
  const t = useMessages(appMessages)
  return (
    <MessagePage
      title={t('notPermittedTitle')}
      body={t('notPermittedBody')}
      action={{ to: '/keys', label: t('backToKeys') }}
    />
  )
}

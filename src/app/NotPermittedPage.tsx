import { useMessages } from '../lib/i18n'
import { MessagePage } from '../components/MessagePage'
import { appMessages } from './messages'
import { paths } from './pages'

export function NotPermittedPage() {
  const t = useMessages(appMessages)
  return (
    <MessagePage
      title={t('notPermittedTitle')}
      body={t('notPermittedBody')}
      action={{ to: paths.myKeys(), label: t('backToKeys') }}
    />
  )
}

import { useLocation } from 'react-router'
import { useMessages } from '../lib/i18n'
import { MessagePage } from '../components/MessagePage'
import { appMessages } from './messages'
import { paths } from './pages'

export function NotFoundPage() {
  const t = useMessages(appMessages)
  const { pathname } = useLocation()
  return (
    <MessagePage
      title={t('notFoundTitle')}
      body={t('notFoundBody', { path: pathname })}
      action={{ to: paths.myKeys(), label: t('backToKeys') }}
    />
  )
}

import { MessagePage } from '../../../components/MessagePage'
import { useMessages } from '../../../lib/i18n'
import { paths } from '../../../app/pages'
import { userMessages } from '../messages'

export function UserNotFound({ userId }: { userId: string }) {
  const t = useMessages(userMessages)
  return (
    <MessagePage
      title={t('notFoundTitle')}
      body={t('notFoundBody', { id: userId })}
      action={{ to: paths.users(), label: t('backToList') }}
    />
  )
}

import { LoginPage } from '../../features/auth'
import { useMessages } from '../../lib/i18n'
import { appMessages } from '../messages'

export function LoginRoute() {
  const t = useMessages(appMessages)
  return <LoginPage productName={t('productName')} />
}

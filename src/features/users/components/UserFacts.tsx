import Chip from '@mui/material/Chip'
import type { User } from '../../../api/users'
import { useMessages } from '../../../lib/i18n'
import { userMessages } from '../messages'
import type { UserRole } from '../rules'

const ROLE_LABEL = {
  owner: 'roleOwner',
  administrator: 'roleAdministrator',
  user: 'roleUser',
} as const
const ROLE_COLOR = { owner: 'primary', administrator: 'secondary', user: 'default' } as const

export function RoleChip({ role }: { role: UserRole }) {
  const t = useMessages(userMessages)
  return (
    <Chip
      size="small"
      label={t(ROLE_LABEL[role])}
      color={ROLE_COLOR[role]}
      variant={role === 'user' ? 'outlined' : 'filled'}
    />
  )
}

/** "Yes", "No", or "Not known" when the answer could not be loaded. */
export function YesNo({ value }: { value: boolean | null }) {
  const t = useMessages(userMessages)
  if (value === null) return t('unknown')
  return value ? t('yes') : t('no')
}

export function twoFactorKey(user: Pick<User, 'secAuthActive' | 'forceSecAuth'>) {
  if (user.secAuthActive) return 'twoFactorOn' as const
  return user.forceSecAuth ? ('twoFactorRequired' as const) : ('twoFactorOff' as const)
}

export function TwoFactorText({ user }: { user: Pick<User, 'secAuthActive' | 'forceSecAuth'> }) {
  const t = useMessages(userMessages)
  return t(twoFactorKey(user))
}

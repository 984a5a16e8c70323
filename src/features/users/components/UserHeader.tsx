import Box from '@mui/material/Box'
import Chip from '@mui/material/Chip'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { useId, type ReactNode } from 'react'
import type { User } from '../../../api/users'
import { CopyButton } from '../../../components/CopyButton'
import { useMessages } from '../../../lib/i18n'
import { userMessages } from '../messages'
import { displayName, type UserRole } from '../rules'
import { RoleChip, twoFactorKey } from './UserFacts'

interface UserHeaderProps {
  user: User
  /** Undefined while the contract (which names the owner) loads. */
  role: UserRole | undefined
  isSelf: boolean
}

/** Who this is: name, email, role, account state, 2FA and the canonical user ID. */
export function UserHeader({ user, role, isSelf }: UserHeaderProps) {
  const t = useMessages(userMessages)
  const name = displayName(user)
  const headingId = useId()
  return (
    <Stack component="section" aria-labelledby={headingId} spacing={2}>
      <Typography variant="h1" id={headingId} sx={{ overflowWrap: 'anywhere' }}>
        {name}
        {isSelf && ` ${t('you')}`}
      </Typography>
      <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap' }}>
        {role && <RoleChip role={role} />}
        <Chip
          size="small"
          variant="outlined"
          color={user.active ? 'success' : 'warning'}
          label={`${t('account')}: ${user.active ? t('accountActive') : t('accountInactive')}`}
        />
        <Chip
          size="small"
          variant="outlined"
          label={`${t('twoFactor')}: ${t(twoFactorKey(user))}`}
        />
      </Stack>
      <Box
        component="dl"
        sx={{ display: 'grid', gridTemplateColumns: { sm: 'max-content 1fr' }, gap: 1, m: 0 }}
      >
        <Fact label={t('email')}>{user.email}</Fact>
        <Fact label={t('canonicalUserId')}>
          {user.s3CanonicalUserId ? (
            <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 1 }}>
              <Box component="code" sx={{ fontFamily: 'monospace', overflowWrap: 'anywhere' }}>
                {user.s3CanonicalUserId}
              </Box>
              <CopyButton value={user.s3CanonicalUserId} what={t('canonicalUserIdWhat')} />
            </Box>
          ) : (
            <Box component="span" sx={{ color: 'text.secondary' }}>
              {t('canonicalUserIdPending')}
            </Box>
          )}
        </Fact>
      </Box>
    </Stack>
  )
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <Typography component="dt" sx={{ fontWeight: 600 }}>
        {label}
      </Typography>
      <Typography component="dd" sx={{ m: 0, overflowWrap: 'anywhere' }}>
        {children}
      </Typography>
    </>
  )
}

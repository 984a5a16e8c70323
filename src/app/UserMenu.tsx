import Button from '@mui/material/Button'
import Divider from '@mui/material/Divider'
import ListItemIcon from '@mui/material/ListItemIcon'
import ListItemText from '@mui/material/ListItemText'
import Menu from '@mui/material/Menu'
import MenuItem from '@mui/material/MenuItem'
import AccountCircleOutlined from '@mui/icons-material/AccountCircleOutlined'
import LogoutOutlined from '@mui/icons-material/LogoutOutlined'
import { useId, useState } from 'react'
import { useMessages } from '../lib/i18n'
import { useSession, type Identity } from '../lib/session'
import { appMessages } from './messages'

export function UserMenu({ identity }: { identity: Identity }) {
  const t = useMessages(appMessages)
  const { signOut } = useSession()
  const [anchor, setAnchor] = useState<HTMLElement | null>(null)
  const menuId = useId()
  const roleLabel = {
    owner: t('roleOwner'),
    admin: t('roleAdmin'),
    user: t('roleUser'),
  }[identity.role]
  return (
    <>
      <Button
        color="inherit"
        startIcon={<AccountCircleOutlined />}
        aria-label={t('accountMenu', { name: identity.name })}
        aria-haspopup="menu"
        aria-controls={anchor ? menuId : undefined}
        aria-expanded={anchor ? 'true' : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
        sx={{ maxWidth: 240 }}
      >
        <span style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
          {identity.name}
        </span>
      </Button>
      <Menu id={menuId} anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        <ListItemText
          sx={{ px: 2, py: 1 }}
          primary={identity.email}
          secondary={`${roleLabel} · ${t('contract', { number: String(identity.contractNumber) })}`}
        />
        <Divider />
        <MenuItem
          onClick={() => {
            setAnchor(null)
            void signOut()
          }}
        >
          <ListItemIcon>
            <LogoutOutlined fontSize="small" />
          </ListItemIcon>
          {t('signOut')}
        </MenuItem>
      </Menu>
    </>
  )
}

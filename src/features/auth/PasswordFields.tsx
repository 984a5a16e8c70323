import IconButton from '@mui/material/IconButton'
import InputAdornment from '@mui/material/InputAdornment'
import TextField from '@mui/material/TextField'
import Visibility from '@mui/icons-material/Visibility'
import VisibilityOff from '@mui/icons-material/VisibilityOff'
import { useState } from 'react'
import { useMessages } from '../../lib/i18n'
import { authMessages } from './messages'
import { useTypedEarly } from './useTypedEarly'

interface PasswordFieldsProps {
  email: string
  password: string
  emailLocked: boolean
  onEmailChange: (value: string) => void
  onPasswordChange: (value: string) => void
  emailError: string | undefined
  passwordError: string | undefined
}

export function PasswordFields(props: PasswordFieldsProps) {
  const t = useMessages(authMessages)
  const [visible, setVisible] = useState(false)
  const emailRef = useTypedEarly(props.onEmailChange)
  const passwordRef = useTypedEarly(props.onPasswordChange)
  return (
    <>
      <TextField
        label={t('email')}
        type="email"
        autoComplete="username"
        required
        value={props.email}
        inputRef={emailRef}
        onChange={(event) => props.onEmailChange(event.target.value)}
        error={props.emailError !== undefined}
        helperText={props.emailError}
        slotProps={{ htmlInput: { readOnly: props.emailLocked } }}
        autoFocus={!props.emailLocked}
      />
      <TextField
        label={t('password')}
        type={visible ? 'text' : 'password'}
        autoComplete="current-password"
        required
        value={props.password}
        inputRef={passwordRef}
        onChange={(event) => props.onPasswordChange(event.target.value)}
        error={props.passwordError !== undefined}
        helperText={props.passwordError}
        autoFocus={props.emailLocked}
        slotProps={{
          input: {
            endAdornment: (
              <InputAdornment position="end">
                <IconButton
                  aria-label={visible ? t('hidePassword') : t('showPassword')}
                  onClick={() => setVisible((current) => !current)}
                  edge="end"
                >
                  {visible ? <VisibilityOff /> : <Visibility />}
                </IconButton>
              </InputAdornment>
            ),
          },
        }}
      />
    </>
  )
}

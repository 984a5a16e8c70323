import Alert from '@mui/material/Alert'
import Button from '@mui/material/Button'
import Stack from '@mui/material/Stack'
import Tab from '@mui/material/Tab'
import Tabs from '@mui/material/Tabs'
import { useState, type FormEvent } from 'react'
import { useMessages } from '../../lib/i18n'
import { useSession, type Identity } from '../../lib/session'
import { authMessages } from './messages'
import { PasswordFields } from './PasswordFields'
import {
  signInFailure,
  emailProblem,
  passwordProblem,
  tokenProblem,
  type SignInMethod,
} from './rules'
import { TokenField } from './TokenField'
import { useSubmittedEarly } from './useSubmittedEarly'

interface SignInFormProps {
  /** Re-sign-in keeps the session's account: the email is fixed. */
  fixedEmail?: string
  onSignedIn?: (identity: Identity) => void
}

export function SignInForm({ fixedEmail, onSignedIn }: SignInFormProps) {
  const t = useMessages(authMessages)
  const { signIn, signInWithToken } = useSession()
  const [method, setMethod] = useState<SignInMethod>('password')
  const [email, setEmail] = useState(fixedEmail ?? '')
  const [password, setPassword] = useState('')
  const [token, setToken] = useState('')
  const [showProblems, setShowProblems] = useState(false)
  const [failure, setFailure] = useState<string | null>(null)
  const [pending, setPending] = useState(false)
  const formRef = useSubmittedEarly()

  const problems =
    method === 'password'
      ? { email: emailProblem(email), password: passwordProblem(password), token: null }
      : { email: null, password: null, token: tokenProblem(token) }
  const hasProblem = Object.values(problems).some((problem) => problem !== null)

  async function submit(event: FormEvent) {
    event.preventDefault()
    setShowProblems(true)
    setFailure(null)
    if (hasProblem) return
    setPending(true)
    try {
      const identity =
        method === 'password' ? await signIn({ email, password }) : await signInWithToken(token)
      onSignedIn?.(identity)
    } catch (error) {
      const result = signInFailure(error, method)
      setFailure(t(result.key, { words: result.words ?? '' }))
      // The password is emptied below: the banner is the one error, not also "Enter your password."
      setShowProblems(false)
    } finally {
      setPassword('')
      setPending(false)
    }
  }

  const shown = (key: keyof typeof problems) => {
    const problem = showProblems ? problems[key] : null
    return problem ? t(problem) : undefined
  }
  return (
    <Stack
      component="form"
      ref={formRef}
      noValidate
      spacing={2}
      onSubmit={submit}
      aria-busy={pending}
    >
      <Tabs
        value={method}
        onChange={(_event, next: SignInMethod) => {
          setMethod(next)
          setFailure(null)
          setShowProblems(false)
        }}
        aria-label={t('methods')}
        variant="fullWidth"
      >
        <Tab value="password" label={t('methodPassword')} />
        <Tab value="token" label={t('methodToken')} />
      </Tabs>
      {failure && (
        <Alert severity="error" role="alert">
          {failure}
        </Alert>
      )}
      {method === 'password' ? (
        <PasswordFields
          email={email}
          password={password}
          emailLocked={fixedEmail !== undefined}
          onEmailChange={setEmail}
          onPasswordChange={setPassword}
          emailError={shown('email')}
          passwordError={shown('password')}
        />
      ) : (
        <TokenField value={token} onChange={setToken} error={shown('token')} />
      )}
      <Button type="submit" variant="contained" size="large" disabled={pending}>
        {pending ? t('submitting') : t('submit')}
      </Button>
    </Stack>
  )
}

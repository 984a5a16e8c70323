import Dialog from '@mui/material/Dialog'
import DialogContent from '@mui/material/DialogContent'
import DialogTitle from '@mui/material/DialogTitle'
import Step from '@mui/material/Step'
import StepLabel from '@mui/material/StepLabel'
import Stepper from '@mui/material/Stepper'
import Typography from '@mui/material/Typography'
import { useIsMutating } from '@tanstack/react-query'
import { useEffect, useId, useState } from 'react'
import { visuallyHidden } from '../../../components/visuallyHidden'
import { useMessages } from '../../../lib/i18n'
import type { KeyPair } from '../download'
import type { KeyRow } from '../join'
import { keyQueries } from '../queries'
import { shortAccessKey } from '../rules'
import { DeleteStep, DoneStep } from './FinishSteps'
import { GenerateStep } from './GenerateStep'
import { rotationMessages } from './messages'
import { clearProgress, readProgress, saveProgress, type SavedStep } from './progress'
import { RoomStep } from './RoomStep'
import { SecretStep } from './SecretStep'
import { WizardCloseContext } from './StepLayout'
import { resumeStep, shownStep, STEPPER, stepperIndex } from './steps'
import { ConfirmStep, DeactivateStep } from './SwitchSteps'
import type { StepProps } from './types'

/** Each step is announced: its heading, mounted anew per step, takes the focus. */
const focusOnMount = (node: HTMLElement | null) => node?.focus()

export interface RotationWizardProps {
  userId: string
  /** The key to replace. */
  oldKey: KeyRow
  /** The user's keys, live: the steps wait for and check what the server says. */
  keys: readonly KeyRow[]
  viaManagement: boolean
  onClose: () => void
}

interface WizardState {
  step: SavedStep
  newAccessKey: string | null
  newKeyGone: boolean
}

/** A saved rotation of this key resumes where it stood; any other starts afresh. */
function initialState(userId: string, oldKey: KeyRow, keys: readonly KeyRow[]): WizardState {
  const saved = readProgress(userId)
  if (saved && saved.oldAccessKey === oldKey.accessKey) return resumeStep(saved, keys)
  return { step: 'generate', newAccessKey: null, newKeyGone: false }
}

/**
 * Rotate a key without a gap: generate a new key (its secret shown once), the user switches their
 * applications, the old key is deactivated, then optionally deleted. The step and the access keys
 * (never the secret) are saved for this tab, so a reload resumes at the right step.
 */
export function RotationWizard({
  userId,
  oldKey,
  keys,
  viaManagement,
  onClose,
}: RotationWizardProps) {
  const t = useMessages(rotationMessages)
  const titleId = useId()
  const oldAccessKey = oldKey.accessKey
  const [state, setState] = useState(() => initialState(userId, oldKey, keys))
  // The secret: here and in the step that shows it, nowhere else; dropped when that step is left.
  const [pair, setPair] = useState<KeyPair | null>(null)
  const [saved, setSaved] = useState(false)
  const busy = useIsMutating({ mutationKey: keyQueries.ofUser(userId) }) > 0
  const step = shownStep(state.step, keys)

  useEffect(() => {
    if (state.step === 'done') clearProgress(userId)
    else saveProgress(userId, { oldAccessKey, ...state, open: true })
  }, [userId, oldAccessKey, state])

  function go(next: SavedStep, newAccessKey = state.newAccessKey) {
    if (next !== 'secret') setPair(null)
    setState({ step: next, newAccessKey, newKeyGone: false })
  }

  const unsavedSecret = step === 'secret' && pair !== null && !saved
  const started = state.newAccessKey !== null && state.step !== 'done'
  function close() {
    if (busy || unsavedSecret) return
    setPair(null)
    // Once a new key exists, the rotation waits (a banner offers to continue); before, it is dropped.
    if (started) saveProgress(userId, { oldAccessKey, ...state, open: false })
    else clearProgress(userId)
    onClose()
  }

  const live = keys.find((key) => key.accessKey === oldAccessKey)
  const props: StepProps = {
    userId,
    oldKey: live,
    oldAccessKey,
    keys,
    newAccessKey: state.newAccessKey,
    go,
  }
  const index = stepperIndex(step)
  const heading =
    step === 'done'
      ? t('doneHeading')
      : t('stepHeading', {
          n: index + 1,
          total: STEPPER.length,
          name: t(`step.${STEPPER[index] ?? 'generate'}`),
        })
  const closeLabel = step === 'done' ? t('close') : started ? t('continueLater') : t('cancel')

  return (
    <Dialog
      open
      onClose={close}
      aria-labelledby={titleId}
      maxWidth="sm"
      fullWidth
      // Focus goes to the step's heading instead, also when the wizard opens.
      disableAutoFocus
    >
      <DialogTitle id={titleId} sx={{ overflowWrap: 'anywhere' }}>
        {t('title', { key: shortAccessKey(oldAccessKey) })}
      </DialogTitle>
      <DialogContent sx={{ pb: 0 }}>
        <Stepper
          activeStep={index}
          alternativeLabel
          aria-label={t('stepsLabel')}
          component="ol"
          // Four labels do not fit a phone's width without breaking words ("Deaktivieren"): there
          // the numbered steps stay, their names are for screen readers, and the heading below
          // names the current one. Wider, labels wrap between words only.
          sx={(theme) => ({
            p: 0,
            mb: 2,
            '& .MuiStep-root': { minWidth: 0, px: 0.5 },
            '& .MuiStepLabel-labelContainer': {
              [theme.breakpoints.down('sm')]: visuallyHidden,
            },
          })}
        >
          {STEPPER.map((name) => (
            <Step key={name} component="li">
              <StepLabel>{t(`step.${name}`)}</StepLabel>
            </Step>
          ))}
        </Stepper>
        <Typography
          key={step}
          ref={focusOnMount}
          tabIndex={-1}
          variant="h3"
          sx={{ fontSize: '1.125rem', fontWeight: 600 }}
        >
          {heading}
        </Typography>
      </DialogContent>
      <WizardCloseContext
        value={{ label: closeLabel, onClose: close, disabled: busy || unsavedSecret }}
      >
        {step === 'room' && <RoomStep {...props} />}
        {step === 'generate' && (
          <GenerateStep
            {...props}
            viaManagement={viaManagement}
            newKeyGone={state.newKeyGone}
            onGenerated={(created) => {
              setPair(created)
              setSaved(false)
              setState({ step: 'secret', newAccessKey: created.accessKey, newKeyGone: false })
            }}
          />
        )}
        {step === 'secret' && (
          <SecretStep {...props} pair={pair} saved={saved} onSaved={setSaved} />
        )}
        {step === 'confirm' && <ConfirmStep {...props} />}
        {step === 'deactivate' && <DeactivateStep {...props} />}
        {step === 'delete' && <DeleteStep {...props} />}
        {step === 'done' && <DoneStep {...props} />}
      </WizardCloseContext>
    </Dialog>
  )
}

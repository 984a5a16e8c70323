import { describe, expect, it } from 'vitest'
import type { KeyRow } from '../join'
import type { RotationProgress } from './progress'
import { isNewKeyReady, resumeStep, shownStep, stepperIndex } from './steps'

function key(accessKey: string, change: Partial<KeyRow> = {}): KeyRow {
  return {
    accessKey,
    managementId: null,
    description: null,
    active: true,
    status: null,
    statusMessage: null,
    administrative: false,
    createdDate: '2025-01-01T00:00:00Z',
    canonicalUserId: null,
    contractUserId: null,
    supportedRegions: null,
    ...change,
  }
}

const progress = (change: Partial<RotationProgress>): RotationProgress => ({
  oldAccessKey: 'OLD',
  newAccessKey: 'NEW',
  step: 'confirm',
  open: true,
  ...change,
})

describe('shownStep', () => {
  it('asks to make room first at five keys, and generates once there is room', () => {
    const five = ['A', 'B', 'C', 'D', 'OLD'].map((id) => key(id))
    expect(shownStep('generate', five)).toBe('room')
    expect(shownStep('room', five.slice(1))).toBe('generate')
    expect(shownStep('confirm', five)).toBe('confirm')
  })

  it('puts make-room and the secret under the first of four steps', () => {
    expect(
      ['room', 'generate', 'secret', 'confirm', 'deactivate', 'delete', 'done'].map((s) =>
        stepperIndex(s as Parameters<typeof stepperIndex>[0]),
      ),
    ).toEqual([0, 0, 0, 1, 2, 3, 4])
  })
})

describe('isNewKeyReady', () => {
  it('waits until the new key is listed, active and no longer provisioning', () => {
    expect(isNewKeyReady([key('OLD')], 'NEW')).toBe(false)
    expect(isNewKeyReady([key('NEW', { status: 'PROVISIONING' })], 'NEW')).toBe(false)
    expect(isNewKeyReady([key('NEW', { active: false })], 'NEW')).toBe(false)
    expect(isNewKeyReady([key('NEW', { active: null })], 'NEW')).toBe(false)
    expect(isNewKeyReady([key('NEW', { status: 'AVAILABLE' })], 'NEW')).toBe(true)
    expect(isNewKeyReady([key('NEW')], 'NEW')).toBe(true)
    expect(isNewKeyReady([key('NEW')], null)).toBe(false)
  })
})

describe('resumeStep', () => {
  const both = [key('OLD'), key('NEW')]

  it('continues at the saved step while both keys are as the wizard left them', () => {
    for (const step of ['secret', 'confirm', 'deactivate', 'delete'] as const) {
      expect(resumeStep(progress({ step }), both)).toEqual({
        step,
        newAccessKey: 'NEW',
        newKeyGone: false,
      })
    }
  })

  it('moves on to delete when the old key was switched off before the reload', () => {
    const keys = [key('OLD', { active: false }), key('NEW')]
    expect(resumeStep(progress({ step: 'deactivate' }), keys).step).toBe('delete')
  })

  it('starts again at generate when nothing was generated, or the new key is gone', () => {
    expect(resumeStep(progress({ step: 'generate', newAccessKey: null }), both).step).toBe(
      'generate',
    )
    expect(resumeStep(progress({ step: 'confirm' }), [key('OLD')])).toEqual({
      step: 'generate',
      newAccessKey: null,
      newKeyGone: true,
    })
  })

  it('is done when the old key no longer exists', () => {
    expect(resumeStep(progress({ step: 'delete' }), [key('NEW')]).step).toBe('done')
  })
})

import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { announce, mountAnnouncer } from './announcer'
import { clearNotifications, notify } from './notifications'

const region = () => screen.getByRole('status')

describe('the live region', () => {
  it('is a polite status region of the page, outside the app, empty until something happens', () => {
    mountAnnouncer()
    expect(region()).toHaveAttribute('aria-live', 'polite')
    expect(region().parentElement).toBe(document.body)
    expect(region()).toHaveTextContent('')
  })

  it('speaks the outcome of an action', () => {
    announce('Key 00000Du4…Pouw is deleted.')
    expect(region()).toHaveTextContent('Key 00000Du4…Pouw is deleted.')
  })

  it('changes its text when the same words come twice, so that they are spoken again', () => {
    announce('Secret key copied')
    const first = region().textContent
    announce('Secret key copied')
    expect(region().textContent).not.toBe(first)
    expect(region()).toHaveTextContent('Secret key copied')
  })

  it('stays audible while a modal dialog hides the rest of the page', () => {
    mountAnnouncer().setAttribute('aria-hidden', 'true')
    announce('Access key copied')
    expect(region()).toHaveTextContent('Access key copied')
  })

  it('speaks notifications of outcomes, and leaves errors to the alert', () => {
    notify('Key 00000Du4…Pouw is deactivated.')
    expect(region()).toHaveTextContent('Key 00000Du4…Pouw is deactivated.')
    notify('The key could not be deactivated.', 'error')
    expect(region()).toHaveTextContent('Key 00000Du4…Pouw is deactivated.')
    clearNotifications()
  })
})

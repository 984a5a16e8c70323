import { act, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { ApiError, NetworkError } from '../api/errors'
import { clearNotifications, notifyFailure } from '../lib/browser/notifications'
import { LocaleProvider } from '../lib/i18n'
import { NotificationCenter } from './NotificationCenter'

afterEach(() => act(() => clearNotifications()))

describe('a failure no one waited for (a background refresh)', () => {
  it('is told in the language of the page when it shows', async () => {
    render(
      <LocaleProvider initial="de">
        <NotificationCenter />
      </LocaleProvider>,
    )
    act(() => notifyFailure(new NetworkError('down')))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Die IONOS-API ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
    )
  })

  it("quotes the server's words as the server's", async () => {
    render(
      <LocaleProvider initial="en">
        <NotificationCenter />
      </LocaleProvider>,
    )
    act(() => notifyFailure(new ApiError(500, [{ errorCode: '1', message: 'Boom.' }])))
    expect(await screen.findByRole('alert')).toHaveTextContent('The server answered: “Boom.”')
  })
})

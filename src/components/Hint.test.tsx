import { fireEvent, render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { Hint } from './Hint'

describe('Hint', () => {
  it('describes its element to screen readers without adding to the page text', () => {
    const { container } = render(
      <Hint title="Provisioning takes up to a minute" describeChild>
        <button type="button">Provisioning</button>
      </Hint>,
    )
    const button = screen.getByRole('button', { name: 'Provisioning' })
    expect(button).toHaveAccessibleDescription('Provisioning takes up to a minute')
    // The description element is hidden; the visible bubble draws its text with CSS.
    expect(
      container.querySelector(`#${CSS.escape(button.getAttribute('aria-describedby') ?? '')}`),
    ).not.toBeVisible()
    expect(container.querySelector('[data-title]')?.textContent).toBe('')
  })

  it('repeats an icon button’s name for the eye only, so it is not read twice', () => {
    render(
      <Hint title="Delete key 00000Du4…Pouw">
        <button type="button" aria-label="Delete key 00000Du4…Pouw" />
      </Hint>,
    )
    const button = screen.getByRole('button', { name: 'Delete key 00000Du4…Pouw' })
    expect(button).not.toHaveAccessibleDescription()
    expect(button.parentElement?.querySelector('[data-title]')).toHaveAttribute('aria-hidden')
  })

  it('hides on Escape while shown, and shows again the next time', () => {
    render(
      <Hint title="Copy access key">
        <button type="button" aria-label="Copy access key" />
      </Hint>,
    )
    const anchor = screen.getByRole('button').parentElement as HTMLElement
    fireEvent.mouseEnter(anchor)
    fireEvent.keyDown(document, { key: 'Escape' })
    expect(anchor).toHaveAttribute('data-dismissed')
    fireEvent.mouseLeave(anchor)
    fireEvent.mouseEnter(anchor)
    expect(anchor).not.toHaveAttribute('data-dismissed')
  })
})

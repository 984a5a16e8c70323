import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { Email } from './Email'

describe('Email', () => {
  it('may break only after the @ and before each dot, and reads as the whole address', () => {
    const { container } = render(<Email address="carol.clark@mail.example.com" />)
    expect(container.textContent).toBe('carol.clark@mail.example.com')
    // The text between the break opportunities: no break inside a word.
    const pieces = container.innerHTML.replace(/<\/?span[^>]*>/g, '').split('<wbr>')
    expect(pieces).toEqual(['carol', '.clark@', 'mail', '.example', '.com'])
  })
})

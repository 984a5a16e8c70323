import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { useDeferredArrival } from './useDeferredArrival'

/** Renders a component that notes what the hook gave it in each render. */
function track() {
  const seen: (string | undefined)[] = []
  function Probe({ value }: { value: string | undefined }) {
    seen.push(useDeferredArrival(value))
    return null
  }
  const { rerender } = render(<Probe value={undefined} />)
  return { seen, show: (value: string | undefined) => rerender(<Probe value={value} />) }
}

describe('a value whose first arrival renders in the background', () => {
  it('renders once more without the value when it first arrives, then with it', () => {
    const { seen, show } = track()
    seen.length = 0
    show('keys')
    expect(seen).toEqual([undefined, 'keys'])
  })

  it('renders a later change at once', () => {
    const { seen, show } = track()
    show('keys')
    seen.length = 0
    show('keys, one toggled')
    expect(seen[0]).toBe('keys, one toggled')
    expect(new Set(seen)).toEqual(new Set(['keys, one toggled']))
  })
})

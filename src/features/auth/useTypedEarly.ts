import { useLayoutEffect, useRef } from 'react'

/**
 * A ref for a field of the pre-rendered sign-in page that keeps what was typed into it before
 * the page's code took it over (hydration): React would otherwise put its own, empty, value back
 * on the next render. On a page rendered in the browser the field is empty at mount: nothing
 * happens.
 */
export function useTypedEarly(onTyped: (value: string) => void) {
  const ref = useRef<HTMLInputElement>(null)
  const adopt = useRef(onTyped)
  useLayoutEffect(() => {
    const typed = ref.current?.value
    if (typed) adopt.current(typed)
  }, [])
  return ref
}

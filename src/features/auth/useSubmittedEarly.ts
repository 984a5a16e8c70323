import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import { takeEarlySubmit } from '../../boot/early-submit'

/**
 * A ref for the pre-rendered sign-in form that sends a submission made before the page's code
 * took the form over (see src/boot/early-submit.ts). It is sent after the render that has put what
 * was typed early into the form's state (useTypedEarly), not with the empty state before it.
 */
export function useSubmittedEarly() {
  const ref = useRef<HTMLFormElement>(null)
  const [submittedEarly, setSubmittedEarly] = useState(false)
  useLayoutEffect(() => {
    if (takeEarlySubmit(ref.current)) setSubmittedEarly(true)
  }, [])
  useEffect(() => {
    if (submittedEarly) ref.current?.requestSubmit()
  }, [submittedEarly])
  return ref
}

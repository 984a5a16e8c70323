import { useCallback, useEffect, useRef, useState } from 'react'
import type { PrivilegePhase, PrivilegeWaitHooks } from './retry'

/** The dialog's side of the privilege wait: its phase, a fresh signal per generate, and Cancel. */
export function usePrivilegeWait() {
  const [phase, setPhase] = useState<PrivilegePhase>('idle')
  const controller = useRef<AbortController | null>(null)
  const begin = useCallback((): PrivilegeWaitHooks => {
    controller.current?.abort()
    controller.current = new AbortController()
    return { signal: controller.current.signal, onPhase: setPhase }
  }, [])
  const cancel = useCallback(() => controller.current?.abort(), [])
  // Closing the dialog in any way stops the waiting.
  useEffect(() => () => controller.current?.abort(), [])
  return { phase, begin, cancel }
}

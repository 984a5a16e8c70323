import { NetworkError, TimeoutError } from './errors'

export interface HttpResponse {
  status: number
  headers: Headers
  text: string
}

/** Resolves after `ms`, or rejects with the signal's reason as soon as it is aborted. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortReason(signal))
    const onAbort = () => {
      clearTimeout(timer)
      reject(abortReason(signal))
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}

function abortReason(signal: AbortSignal | undefined): unknown {
  return signal?.reason ?? new DOMException('The request was aborted.', 'AbortError')
}

/**
 * One fetch with a time limit that covers the body as well as the headers. An abort by the
 * caller (react-query cancelling a query) is passed through as is, so it is not mistaken for a
 * failure; only our own timer turns into a TimeoutError.
 */
export async function send(
  url: string,
  init: RequestInit,
  timeoutMs: number,
  signal: AbortSignal | undefined,
): Promise<HttpResponse> {
  if (signal?.aborted) throw abortReason(signal)
  const controller = new AbortController()
  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    controller.abort()
  }, timeoutMs)
  const onAbort = () => controller.abort()
  signal?.addEventListener('abort', onAbort, { once: true })
  try {
    const response = await fetch(url, { ...init, signal: controller.signal })
    const text = await response.text()
    return { status: response.status, headers: response.headers, text }
  } catch (error) {
    if (timedOut) {
      throw new TimeoutError(timeoutMs)
    }
    if (signal?.aborted) throw abortReason(signal)
    throw new NetworkError('No answer: the connection failed', { cause: error })
  } finally {
    clearTimeout(timer)
    signal?.removeEventListener('abort', onAbort)
  }
}

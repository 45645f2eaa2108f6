/**
 * A pause that an `AbortSignal` cuts short.
 */
import { AbortError } from './errors.js'

/**
 * Resolves after `ms` milliseconds, or rejects with an {@link AbortError} as
 * soon as `signal` aborts. No timer outlives it.
 */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new AbortError('The wait was aborted.', { cause: signal.reason }))
      return
    }
    const onAbort = () => {
      clearTimeout(timer)
      reject(new AbortError('The wait was aborted.', { cause: signal?.reason }))
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}

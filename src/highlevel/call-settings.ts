/**
 * Turns the options a user passes to a high-level method into the settings
 * of the requests it makes.
 */
import type { CallOptions } from './config.js'
import type { TokenRequirement, TransportCallSettings } from './transport.js'

/**
 * Settings for a call that must carry a token (`"required"`: it fails before
 * sending when none is found) or may (`"optional"`: public methods).
 */
export function callSettings(options: CallOptions | undefined, tokenRequirement: TokenRequirement): TransportCallSettings {
  return {
    token: options?.token,
    signal: options?.signal,
    timeoutMs: options?.timeoutMs,
    maxRetries: options?.maxRetries,
    tokenRequirement,
  }
}

/** The object without its `undefined` values: what goes into a request body. */
export function definedFields<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as Partial<T>
}

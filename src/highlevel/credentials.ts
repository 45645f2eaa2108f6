/**
 * Sealing provider credentials: each value is sent sealed under its own
 * field name, with a masked copy under `redacted<Name>` for display, the
 * convention of `createSandbox` and of provider preferences alike.
 */
import { ValidationError } from './errors.js'
import { redactCredential } from './redaction.js'
import type { Seal } from './sealing.js'

/**
 * `{ apiKey: "k" }` → `{ apiKey: sealed("k"), redactedApiKey: "masked" }`,
 * skipping `undefined` values.
 */
export function sealCredentials(credentials: Record<string, string | undefined>, seal: Seal): Record<string, string> {
  const sealed: Record<string, string> = {}
  for (const [field, value] of Object.entries(credentials)) {
    if (value === undefined) continue
    if (typeof value !== 'string' || value === '') throw new ValidationError(field, 'must be a non-empty string')
    sealed[field] = seal(value)
    sealed[`redacted${field.charAt(0).toUpperCase()}${field.slice(1)}`] = redactCredential(value)
  }
  return sealed
}

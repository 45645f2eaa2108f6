/**
 * Normalises values read from an answer: the server leaves fields out or
 * sends them as `null` depending on the method, and the SDK always gives
 * `null` for both.
 */

/** The string, or `null` when it is missing or not a string. */
export function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null
}

/** The string, or `null` when it is missing, empty or not a string. */
export function nonEmptyStringOrNull(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null
}

/** The integer, or `null` when it is missing or not a number. */
export function numberOrNull(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null
}

/** The date of an ISO string, or `null` when it is missing or unreadable. */
export function dateOrNull(value: unknown): Date | null {
  if (typeof value !== 'string') return null
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? null : date
}

/** The list of strings, or `null` when it is missing. */
export function stringsOrNull(value: unknown): string[] | null {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : null
}

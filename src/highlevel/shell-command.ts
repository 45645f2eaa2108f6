/**
 * Builds the command `sandbox.sh` runs: a script for `/bin/sh -c`, where
 * every interpolated value is quoted (by `shell-quote`) and so stays one word
 * of data, never code.
 */
import { quote } from 'shell-quote'
import { ValidationError } from './errors.js'

/** What `sh` takes: a plain script, or the parts of a tagged template. */
export type ShellScript = string | TemplateStringsArray

/**
 * `/bin/sh -c '<script>'`. A plain string is the script as written; in a
 * tagged template each value is quoted (an array becomes one quoted word per
 * element).
 *
 * @throws {ValidationError} for an empty script or a `null`/`undefined`/object value
 */
export function shellCommand(script: ShellScript, values: readonly unknown[] = []): string {
  const text = typeof script === 'string' ? script : interpolate(script, values)
  if (typeof text !== 'string' || text.trim() === '') throw new ValidationError('script', 'must be a non-empty shell script')
  return `/bin/sh -c ${quote([text])}`
}

function interpolate(strings: TemplateStringsArray, values: readonly unknown[]): string {
  let text = strings[0] ?? ''
  values.forEach((value, index) => {
    text += quoteValue(value, index) + (strings[index + 1] ?? '')
  })
  return text
}

function quoteValue(value: unknown, index: number): string {
  if (Array.isArray(value)) return value.map((item) => quoteValue(item, index)).join(' ')
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') {
    return quote([String(value)])
  }
  throw new ValidationError(`values.${index}`, 'must be a string, a number, a boolean or an array of them')
}

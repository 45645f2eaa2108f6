/**
 * Builds the command line `exec` sends. The server hands it to a POSIX shell,
 * so every argument is quoted (by `shell-quote`) and reaches the program as
 * one word, whatever it contains: spaces, `$`, quotes, `;`, newlines.
 */
import { quote } from 'shell-quote'
import { ValidationError } from './errors.js'

/**
 * `command` followed by each of `args`, quoted.
 *
 * `command` is inserted as written, so it may itself be a shell line
 * (`"ls -la | wc -l"`); only `args` are quoted.
 *
 * @throws {ValidationError} when `command` is empty or an argument is not a string.
 */
export function commandLine(command: string, args: readonly string[] = []): string {
  if (typeof command !== 'string' || command.trim() === '') throw new ValidationError('command', 'must be a non-empty string')
  if (!Array.isArray(args)) throw new ValidationError('args', 'must be an array of strings')
  args.forEach((arg, index) => {
    if (typeof arg !== 'string') throw new ValidationError(`args.${index}`, 'must be a string')
  })
  return args.length === 0 ? command : `${command} ${quote([...args])}`
}

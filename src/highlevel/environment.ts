/**
 * Reads environment variables where there are some (Node.js, Deno, Bun) and
 * nothing elsewhere, at the moment of the call, so a variable set after the
 * SDK was imported still counts.
 */

/** The value of an environment variable, or `undefined` when it is unset or empty. */
export function readEnvironment(name: string): string | undefined {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env
  const value = env?.[name]
  return value === undefined || value.trim() === '' ? undefined : value.trim()
}

/**
 * The browser build's stand-in for `token-file.ts`: a browser has no
 * `~/.pocketenv/token.json`, so the token comes from the options or the call.
 */
import type { TokenFileResult } from './token-file.js'

/** Always `missing`. */
export async function readTokenFile(): Promise<TokenFileResult> {
  return { kind: 'missing' }
}

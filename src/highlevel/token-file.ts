/**
 * Reads the token that `pocketenv login` stores in `~/.pocketenv/token.json`.
 *
 * The file only exists where Node.js does, so its modules are imported on
 * first use: in a browser the file is simply never found.
 */

/** What the token file gave. */
export type TokenFileResult =
  | { kind: 'found'; token: string }
  | { kind: 'missing' }
  | { kind: 'unreadable'; reason: string }

/** Reads `~/.pocketenv/token.json` (`{ "token": "…" }`), relative to the home folder at call time. */
export async function readTokenFile(): Promise<TokenFileResult> {
  if (!isNode()) return { kind: 'missing' }
  const [{ readFile }, { homedir }, { join }] = await Promise.all([
    import('node:fs/promises'),
    import('node:os'),
    import('node:path'),
  ])
  let text: string
  try {
    text = await readFile(join(homedir(), '.pocketenv', 'token.json'), 'utf8')
  } catch (cause) {
    const code = (cause as { code?: unknown }).code
    return code === 'ENOENT' || code === 'ENOTDIR' ? { kind: 'missing' } : { kind: 'unreadable', reason: String(code ?? 'read error') }
  }
  try {
    const parsed: unknown = JSON.parse(text)
    const token = (parsed as { token?: unknown } | null)?.token
    if (typeof token === 'string' && token.trim() !== '') return { kind: 'found', token: token.trim() }
    return { kind: 'unreadable', reason: 'it has no "token" string' }
  } catch {
    return { kind: 'unreadable', reason: 'it is not valid JSON' }
  }
}

function isNode(): boolean {
  const process = (globalThis as { process?: { versions?: { node?: string } } }).process
  return typeof process?.versions?.node === 'string'
}

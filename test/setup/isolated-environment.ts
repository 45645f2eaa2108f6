/**
 * Runs each test file of the tiers that use the high-level SDK in a clean
 * environment: no Pocketenv variables from the developer's shell, and a
 * home folder of its own, so `~/.pocketenv/token.json` is never the real one.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

for (const name of ['POCKETENV_TOKEN', 'POCKETENV_API_URL', 'POCKETENV_PUBLIC_KEY', 'POCKETENV_STORAGE_URL', 'POCKETENV_LOG']) {
  delete process.env[name]
}
process.env.HOME = mkdtempSync(join(tmpdir(), 'pocketenv-home-'))

/**
 * Reads the Lexicon documents of a folder laid out by NSID
 * (`io/pocketenv/sandbox/getSandbox.json` holds `io.pocketenv.sandbox.getSandbox`).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { parseLexiconDoc, type LexiconDoc } from '@atproto/lexicon'

/** A parsed Lexicon document and the file it came from. */
export interface LexiconFile {
  /** Path of the file, relative to the folder that was read. */
  path: string
  /** The document, checked against the Lexicon language. */
  doc: LexiconDoc
}

/** Thrown when a file is not a valid Lexicon document or sits in the wrong place. */
export class LexiconFileError extends Error {
  override name = 'LexiconFileError'
}

/**
 * Loads every `*.json` file under `folder`, sorted by NSID.
 *
 * @throws {LexiconFileError} when a file is not a Lexicon document or its
 *   path does not match its NSID.
 */
export function loadLexicons(folder: string): LexiconFile[] {
  const files = listJsonFiles(folder)
  const loaded = files.map((file) => {
    const path = relative(folder, file)
    let doc: LexiconDoc
    try {
      doc = parseLexiconDoc(JSON.parse(readFileSync(file, 'utf8')))
    } catch (cause) {
      throw new LexiconFileError(`${path}: not a valid Lexicon document`, { cause })
    }
    const expected = join(...doc.id.split('.')) + '.json'
    if (path.split(sep).join('/') !== expected.split(sep).join('/')) {
      throw new LexiconFileError(`${path}: holds ${doc.id}, so it belongs at ${expected}`)
    }
    return { path, doc }
  })
  return loaded.sort((a, b) => (a.doc.id < b.doc.id ? -1 : a.doc.id > b.doc.id ? 1 : 0))
}

function listJsonFiles(folder: string): string[] {
  const found: string[] = []
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) found.push(...listJsonFiles(path))
    else if (entry.name.endsWith('.json')) found.push(path)
  }
  return found
}

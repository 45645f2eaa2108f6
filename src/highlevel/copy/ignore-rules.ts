/**
 * Which files and folders of a local folder an upload leaves out, read from
 * the ignore files inside it the way git reads `.gitignore` files.
 *
 * Every folder that holds ignore files gets one set of rules, matched
 * against paths relative to that folder, for the folder and everything
 * below it. A path is judged by each set that applies, from the root down,
 * so a deeper folder's rules override a shallower one's.
 */
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import ignore, { type Ignore } from 'ignore'
import { throwIfAborted } from '../transport.js'

/**
 * The ignore files an upload honours. Within one folder their rules are
 * applied in this order, each file overriding the ones before it, so
 * `.pocketenvignore`, the one meant for Pocketenv alone, has the last word.
 */
export const IGNORE_FILE_NAMES = ['.gitignore', '.dockerignore', '.npmignore', '.pocketenvignore'] as const

/** A file or folder that an upload includes. */
export interface IncludedEntry {
  /** Its path relative to the root, with `/` separators on every platform. */
  path: string
  /** Whether it is a folder; its included contents are entries of their own. */
  isFolder: boolean
}

/** The rules of one folder that holds ignore files. */
interface RuleScope {
  /** The folder, relative to the root; `''` for the root itself. */
  folder: string
  /** The texts of its ignore files, in order, for deriving scopes with more rules. */
  texts: string[]
  rules: Ignore
}

/**
 * Lists what an upload of `root` includes: every regular file and folder
 * that no ignore file leaves out, each folder before its contents, sorted by
 * name within a folder.
 *
 * - `.pocketenvignore`, `.gitignore`, `.npmignore` and `.dockerignore` apply
 *   to the folder they sit in and everything below it; `!pattern` re-includes.
 *   All four use gitignore syntax, `.dockerignore` included.
 * - A deeper folder's rules override a shallower one's, as in git.
 * - An ignored folder is not descended into, so nothing inside it can be
 *   re-included, again as in git.
 * - Dotfiles are included unless a rule leaves them out; the ignore files
 *   themselves too.
 * - Symbolic links are skipped, as are sockets, pipes and devices.
 *
 * @example
 * ```ts
 * const entries = await listIncludedEntries('./my-project')
 * const files = entries.filter((entry) => !entry.isFolder).map((entry) => entry.path)
 * ```
 * @throws {AbortError} when `signal` aborts
 */
export async function listIncludedEntries(root: string, signal?: AbortSignal): Promise<IncludedEntry[]> {
  const included: IncludedEntry[] = []
  await walk(root, '', [], included, signal)
  return included
}

async function walk(root: string, folder: string, scopes: RuleScope[], included: IncludedEntry[], signal: AbortSignal | undefined) {
  throwIfAborted(signal)
  const children = await readdir(join(root, ...folder.split('/')), { withFileTypes: true })
  children.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  const own = await readScope(root, folder, new Set(children.filter((child) => child.isFile()).map((child) => child.name)))
  const applicable = own ? [...scopes, own] : scopes
  for (const child of children) {
    const path = folder === '' ? child.name : `${folder}/${child.name}`
    // `Dirent` describes the link itself, not its target, so a symbolic link
    // is neither a file nor a folder here and is skipped: it may point
    // outside the tree, and following it would upload files nobody chose.
    if (child.isDirectory()) {
      if (isIgnored(applicable, path, true)) continue
      included.push({ path, isFolder: true })
      await walk(root, path, applicable.map((scope) => keepFolder(scope, path)), included, signal)
    } else if (child.isFile() && !isIgnored(applicable, path, false)) {
      included.push({ path, isFolder: false })
    }
  }
}

async function readScope(root: string, folder: string, fileNames: Set<string>): Promise<RuleScope | undefined> {
  const present = IGNORE_FILE_NAMES.filter((name) => fileNames.has(name))
  if (present.length === 0) return undefined
  const texts: string[] = []
  for (const name of present) texts.push(await readFile(join(root, ...folder.split('/'), name), 'utf8'))
  return { folder, texts, rules: rulesOf(texts) }
}

/** Judges `path` by every scope from the root down: the last one with a verdict wins. */
function isIgnored(scopes: RuleScope[], path: string, isFolder: boolean): boolean {
  let ignored = false
  for (const scope of scopes) {
    // The trailing slash is how the library tells a folder, for `build/` rules.
    const verdict = scope.rules.test(`${relativeTo(scope, path)}${isFolder ? '/' : ''}`)
    if (verdict.ignored) ignored = true
    else if (verdict.unignored) ignored = false
  }
  return ignored
}

/**
 * The scope to judge the contents of `folder` with, once the walk keeps it.
 * When this scope ignores the folder, a deeper one re-included it; the
 * library would still hand the folder's verdict down to everything inside,
 * so the scope gets a last rule re-including the folder alone. Its own
 * rules, such as `*.map`, then still apply inside, as in git.
 */
function keepFolder(scope: RuleScope, folder: string): RuleScope {
  const relative = relativeTo(scope, folder)
  if (!scope.rules.test(`${relative}/`).ignored) return scope
  // Anchored and escaped, so that it matches this folder and nothing else.
  const texts = [...scope.texts, `!/${relative.replace(/[\\*?[\] ]/g, '\\$&')}/`]
  return { folder: scope.folder, texts, rules: rulesOf(texts) }
}

/** One `ignore` instance for several files: the library splits a text into lines only when it is added alone. */
function rulesOf(texts: string[]): Ignore {
  const rules = ignore()
  for (const text of texts) rules.add(text)
  return rules
}

function relativeTo(scope: RuleScope, path: string): string {
  return scope.folder === '' ? path : path.slice(scope.folder.length + 1)
}

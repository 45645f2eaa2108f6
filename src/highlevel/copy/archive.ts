/**
 * The `.tar.gz` archives that directory copies travel as: packing a local
 * file or folder, and unpacking an archive that came from a sandbox without
 * letting any entry land outside its destination.
 *
 * Archives are built in a fresh folder of the OS temporary folder, never the
 * working directory, so a failed or aborted copy leaves nothing in the
 * user's project and one `rm -r` cleans up everything.
 */
import { createReadStream, createWriteStream, type Stats } from 'node:fs'
import { mkdir, mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, dirname, join, posix, resolve, win32 } from 'node:path'
import { pipeline } from 'node:stream/promises'
import * as tar from 'tar'
import { AbortError, ArchiveError, PocketenvError, ValidationError } from '../errors.js'
import { throwIfAborted } from '../transport.js'
import { listIncludedEntries } from './ignore-rules.js'

/** A `.tar.gz` in a temporary folder of its own. */
export interface PackedArchive {
  /** Where the archive is. */
  archivePath: string
  /** Its size, in bytes. */
  sizeBytes: number
  /** Removes the archive and its folder. Never throws; calling it twice is harmless. */
  cleanup(): Promise<void>
}

/** A temporary folder of the SDK's own. */
export interface TempFolder {
  /** Where the folder is. */
  path: string
  /** Removes it with everything inside. Never throws. */
  remove(): Promise<void>
}

/**
 * Creates a fresh folder in the OS temporary folder (`os.tmpdir()`, which
 * follows `TMPDIR`), named `prefix` plus a random suffix.
 *
 * @throws {ArchiveError} when it cannot be created
 */
export async function createTempFolder(prefix: string): Promise<TempFolder> {
  const parent = tmpdir()
  let path: string
  try {
    path = await mkdtemp(join(parent, prefix))
  } catch (cause) {
    throw new ArchiveError(`Could not create a temporary folder in ${parent}: ${messageOf(cause)}`, undefined, { cause })
  }
  return {
    path,
    // A failed clean-up must not hide the error of the copy it follows, and a
    // left-over folder in the OS temporary folder harms nothing.
    remove: () => rm(path, { recursive: true, force: true, maxRetries: 3 }).catch(() => undefined),
  }
}

/**
 * Packs a local file or folder into a `.tar.gz` in a new temporary folder.
 *
 * A folder's archive holds its contents, with paths relative to it, less
 * what its ignore files leave out (see {@link listIncludedEntries}). A single
 * file's archive holds that file under its own name. Either way, unpacking
 * it into a folder puts the content straight in that folder.
 *
 * @example
 * ```ts
 * const archive = await packDirectory('./dist')
 * try {
 *   console.log(`${archive.sizeBytes} bytes in ${archive.archivePath}`)
 * } finally {
 *   await archive.cleanup()
 * }
 * ```
 * @throws {ValidationError} when nothing is at `localPath`, or it is neither a file nor a folder
 * @throws {ArchiveError} when a file cannot be read or the archive cannot be written
 * @throws {AbortError} when `signal` aborts; the temporary folder is removed
 */
export async function packDirectory(localPath: string, signal?: AbortSignal): Promise<PackedArchive> {
  throwIfAborted(signal)
  const source = await statSource(localPath)
  const folder = await createTempFolder('pocketenv-upload-')
  const archivePath = join(folder.path, 'archive.tar.gz')
  try {
    const { cwd, entries, follow } = source.isDirectory()
      ? { cwd: localPath, entries: await folderEntries(localPath, signal), follow: false }
      : // The user named this file, so a symbolic link here is followed.
        { cwd: dirname(localPath), entries: [basename(localPath)], follow: true }
    // `strict` makes an unreadable file fail the upload instead of silently
    // leaving it out; `noDirRecurse` because the list already holds every
    // file and folder that the ignore rules keep.
    const pack = tar.c({ gzip: true, cwd, portable: true, noDirRecurse: true, follow, strict: true }, entries)
    await pipeline(pack, createWriteStream(archivePath), { signal })
    const { size } = await stat(archivePath)
    return { archivePath, sizeBytes: size, cleanup: folder.remove }
  } catch (cause) {
    await folder.remove()
    throw failure(cause, signal, `Could not pack ${localPath}`)
  }
}

async function statSource(localPath: string): Promise<Stats> {
  let source: Stats
  try {
    source = await stat(localPath)
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new ValidationError('localPath', `must be an existing file or folder, and nothing is at ${localPath}`, { cause })
    }
    throw new ArchiveError(`Could not read ${localPath}: ${messageOf(cause)}`, undefined, { cause })
  }
  if (!source.isFile() && !source.isDirectory()) throw new ValidationError('localPath', 'must be a regular file or a folder')
  return source
}

async function folderEntries(root: string, signal: AbortSignal | undefined): Promise<string[]> {
  const entries = (await listIncludedEntries(root, signal)).map((entry) => entry.path)
  // node-tar refuses an empty list; the folder itself stands in, so that
  // uploading an empty folder still creates the destination.
  return entries.length > 0 ? entries : ['.']
}

/** The entry types that are unpacked; devices and pipes are skipped. */
const UNPACKED_TYPES = new Set(['File', 'OldFile', 'ContiguousFile', 'Directory', 'GNUDumpDir', 'SymbolicLink', 'Link'])

/**
 * Unpacks a `.tar.gz` into `destination`, creating it first when missing.
 *
 * Every entry is checked before anything is written: when one has an
 * absolute path, a `..` in its path, goes through a symbolic link of the
 * archive, or is a link whose target lies outside `destination`, the whole
 * archive is refused and nothing is extracted. While unpacking, node-tar
 * also refuses to write through a symbolic link already on the disk.
 *
 * @example
 * ```ts
 * await extractArchive('/tmp/pocketenv-download-x/archive.tar.gz', './out')
 * ```
 * @throws {ArchiveError} when the archive is unsafe (its `entry` names the
 *   culprit), unreadable, or cannot be written out
 * @throws {AbortError} when `signal` aborts; entries already written stay
 */
export async function extractArchive(archivePath: string, destination: string, signal?: AbortSignal): Promise<void> {
  throwIfAborted(signal)
  const root = resolve(destination)
  await checkEntries(archivePath, signal)
  try {
    await mkdir(root, { recursive: true })
    const unpack = tar.x({
      cwd: root,
      // Every warning becomes an error: the entries were checked, so any
      // left is a failure to write, not something to skip quietly.
      strict: true,
      // The owner inside the sandbox means nothing on this machine.
      preserveOwner: false,
      filter: (_path, entry) => 'type' in entry && UNPACKED_TYPES.has(entry.type),
    })
    await pipeline(createReadStream(archivePath), unpack, { signal })
  } catch (cause) {
    throw failure(cause, signal, `Could not extract the archive into ${root}`)
  }
}

/** An entry as the check sees it. */
interface ListedEntry {
  path: string
  type: string
  linkpath: string | undefined
}

/** Reads the whole list of entries first, so that a link is known wherever it stands in the archive. */
async function checkEntries(archivePath: string, signal: AbortSignal | undefined): Promise<void> {
  const listed: ListedEntry[] = []
  try {
    const list = tar.t({
      strict: true,
      onReadEntry: (entry) => {
        listed.push({ path: entry.path, type: entry.type, linkpath: entry.linkpath ?? undefined })
      },
    })
    await pipeline(createReadStream(archivePath), list, { signal })
  } catch (cause) {
    throw failure(cause, signal, 'Could not read the archive')
  }
  const symbolicLinks = new Set(listed.filter((entry) => entry.type === 'SymbolicLink').map((entry) => linkKey(segmentsOf(entry.path))))
  for (const entry of listed) {
    const problem = problemOf(entry, symbolicLinks)
    if (problem) {
      throw new ArchiveError(`The archive holds an unsafe entry, ${JSON.stringify(entry.path)}: ${problem}. Nothing was extracted.`, entry.path)
    }
  }
}

/** Why `entry` could write outside the destination, or `undefined` when it cannot. */
function problemOf(entry: ListedEntry, symbolicLinks: Set<string>): string | undefined {
  if (isAbsolutePath(entry.path)) return 'its path is absolute'
  const segments = segmentsOf(entry.path)
  // node-tar refuses any `..` in a path while unpacking, halfway through;
  // refusing it here keeps a refused archive from being half extracted.
  if (segments.includes('..')) return 'its path contains ".."'
  const link = linkOnTheWay(segments, symbolicLinks)
  if (link) return `its path goes through the symbolic link ${JSON.stringify(link)}`
  const target = entry.linkpath ?? ''
  if (entry.type === 'SymbolicLink') {
    // An absolute target names a place on the sandbox's disk; here it would
    // be a place on this machine, outside the destination.
    if (isAbsolutePath(target)) return `it links to the absolute path ${JSON.stringify(target)}`
    if (!staysInside([...segments.slice(0, -1), ...segmentsOf(target)], symbolicLinks)) {
      return `it links to ${JSON.stringify(target)}, outside the destination`
    }
  }
  if (entry.type === 'Link') {
    // A hard link's target is a path of the archive, relative to its root.
    const targetSegments = segmentsOf(target)
    if (isAbsolutePath(target) || targetSegments.includes('..') || linkOnTheWay(targetSegments, symbolicLinks)) {
      return `it is a hard link to ${JSON.stringify(target)}, outside the destination`
    }
  }
  return undefined
}

/** Whether a link target, given from the destination's root, never climbs above it. */
function staysInside(segments: string[], symbolicLinks: Set<string>): boolean {
  const stack: string[] = []
  for (const segment of segments) {
    if (segment !== '..') {
      stack.push(segment)
      continue
    }
    // `..` after a symbolic link climbs from wherever the link points, not
    // from the link: `x -> .` then `y -> x/..` would reach the parent.
    if (stack.length === 0 || symbolicLinks.has(linkKey(stack))) return false
    stack.pop()
  }
  return true
}

/** The first folder on the way to `segments` that is a symbolic link of the archive. */
function linkOnTheWay(segments: string[], symbolicLinks: Set<string>): string | undefined {
  for (let end = 1; end < segments.length; end++) {
    if (symbolicLinks.has(linkKey(segments.slice(0, end)))) return segments.slice(0, end).join('/')
  }
  return undefined
}

/**
 * Links are compared without case and Unicode form, because on macOS and
 * Windows `Link/file` goes through a link named `link`. On Linux that is a
 * false alarm at worst, never a missed one.
 */
function linkKey(segments: string[]): string {
  return segments.join('/').normalize('NFC').toLowerCase()
}

/** The path's segments, without empty and `.` ones; both separators count, as they do on Windows. */
function segmentsOf(path: string): string[] {
  return path.split(/[\\/]/).filter((segment) => segment !== '' && segment !== '.')
}

function isAbsolutePath(path: string): boolean {
  return posix.isAbsolute(path) || win32.isAbsolute(path) || /^[a-z]:/i.test(path)
}

/** The typed error for a failure of node-tar or the file system. */
function failure(cause: unknown, signal: AbortSignal | undefined, what: string): PocketenvError {
  if (cause instanceof PocketenvError) return cause
  if (signal?.aborted) return new AbortError(`${what}: the operation was aborted.`, { cause: signal.reason })
  return new ArchiveError(`${what}: ${messageOf(cause)}`, undefined, { cause })
}

function messageOf(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause)
}

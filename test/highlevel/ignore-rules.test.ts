/**
 * Which files an upload leaves out: each case writes a real folder tree,
 * ignore files included, and lists what `listIncludedEntries` keeps.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { listIncludedEntries } from '../../src/highlevel/copy/ignore-rules.js'

let root: string

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'pocketenv-ignore-test-'))
})

afterEach(() => {
  rmSync(root, { recursive: true, force: true })
})

/** Writes the tree: a path ending in `/` is an empty folder, anything else a file with some content. */
function writeTree(tree: Record<string, string>): void {
  for (const [path, content] of Object.entries(tree)) {
    if (path.endsWith('/')) {
      mkdirSync(join(root, path), { recursive: true })
      continue
    }
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), content)
  }
}

async function includedFiles(): Promise<string[]> {
  return (await listIncludedEntries(root)).filter((entry) => !entry.isFolder).map((entry) => entry.path)
}

interface Case {
  /** Ignore files, by path, with their rules. */
  rules: Record<string, string>
  /** Files kept besides the ignore files, which are kept unless listed in `excluded`. */
  kept: string[]
  /** Files left out, ignore files included. */
  excluded: string[]
}

const cases: Record<string, Case> = {
  'no ignore files: everything, dotfiles included': {
    rules: {},
    kept: ['.env', '.config/x', 'a.txt', 'deep/er/b.txt'],
    excluded: [],
  },
  'a pattern without a slash matches at every depth': {
    rules: { '.gitignore': '*.log' },
    kept: ['a.txt', 'deep/b.txt'],
    excluded: ['a.log', 'deep/b.log', 'deep/er/c.log'],
  },
  'a leading slash anchors a pattern to its own folder': {
    rules: { 'sub/.gitignore': '/build.txt' },
    kept: ['build.txt', 'sub/deeper/build.txt'],
    excluded: ['sub/build.txt'],
  },
  'a pattern with a slash inside is relative to its own folder': {
    rules: { 'sub/.gitignore': 'docs/*.md' },
    kept: ['docs/a.md', 'sub/deeper/docs/a.md', 'sub/docs/a.txt'],
    excluded: ['sub/docs/a.md'],
  },
  'rules apply only to their folder and below': {
    rules: { 'sub/.gitignore': '*.txt' },
    kept: ['a.txt', 'other/b.txt', 'sub/c.md'],
    excluded: ['sub/b.txt', 'sub/deep/c.txt'],
  },
  'negation re-includes within one file': {
    rules: { '.gitignore': '*.log\n!keep.log' },
    kept: ['keep.log', 'sub/keep.log'],
    excluded: ['a.log', 'sub/b.log'],
  },
  'a deeper file re-includes what a shallower one ignores': {
    rules: { '.gitignore': '*.log', 'sub/.pocketenvignore': '!keep.log' },
    kept: ['sub/keep.log', 'sub/deep/keep.log'],
    excluded: ['keep.log', 'sub/other.log'],
  },
  'a deeper file ignores what a shallower one re-includes': {
    rules: { '.gitignore': '*.tmp\n!a.tmp', 'sub/.gitignore': 'a.tmp' },
    kept: ['a.tmp', 'other/a.tmp'],
    excluded: ['b.tmp', 'sub/a.tmp'],
  },
  'a deeper file re-includes a folder a shallower one ignores': {
    rules: { '.gitignore': 'pkg/dist/\n*.map', 'pkg/.gitignore': '!dist/' },
    kept: ['pkg/dist/a.js'],
    excluded: ['pkg/dist/a.js.map'],
  },
  'within one folder .pocketenvignore has the last word': {
    rules: { '.gitignore': '*.md', '.dockerignore': '!CHANGELOG.md', '.pocketenvignore': '!README.md\nCHANGELOG.md' },
    kept: ['README.md'],
    excluded: ['CHANGELOG.md', 'NOTES.md'],
  },
  '.npmignore and .dockerignore are read too': {
    rules: { '.npmignore': '*.tgz', 'sub/.dockerignore': 'Dockerfile.dev' },
    kept: ['Dockerfile.dev', 'sub/Dockerfile'],
    excluded: ['pkg.tgz', 'sub/Dockerfile.dev'],
  },
  'a trailing slash matches folders only': {
    rules: { '.gitignore': 'build/' },
    kept: ['src/build'],
    excluded: ['build/a.js', 'lib/build/b.js'],
  },
  'an ignored folder is not descended into, so nothing inside can come back': {
    rules: { '.gitignore': 'vendor/\n!vendor/keep.txt', 'vendor/.gitignore': '!*' },
    kept: ['a.txt'],
    excluded: ['vendor/.gitignore', 'vendor/keep.txt', 'vendor/lib/b.txt'],
  },
  'dotfiles can be ignored like any file': {
    rules: { '.pocketenvignore': '.env*\n.pocketenvignore\n!.env.example' },
    kept: ['.env.example', '.config/x'],
    excluded: ['.env', '.env.local', '.pocketenvignore'],
  },
}

describe('listIncludedEntries', () => {
  test.each(Object.entries(cases))('%s', async (_name, { rules, kept, excluded }) => {
    const others = [...kept, ...excluded].filter((path) => !(path in rules))
    writeTree({ ...rules, ...Object.fromEntries(others.map((path) => [path, path])) })
    const keptRules = Object.keys(rules).filter((path) => !excluded.includes(path))
    expect((await includedFiles()).sort()).toEqual([...kept, ...keptRules].sort())
  })

  test('lists each kept folder before its contents, empty ones included', async () => {
    writeTree({ '.gitignore': 'logs/*.log', 'logs/a.log': '', 'empty/': '', 'src/a.ts': '' })
    expect(await listIncludedEntries(root)).toEqual([
      { path: '.gitignore', isFolder: false },
      { path: 'empty', isFolder: true },
      { path: 'logs', isFolder: true },
      { path: 'src', isFolder: true },
      { path: 'src/a.ts', isFolder: false },
    ])
  })

  test('skips symbolic links, to files and to folders alike', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'pocketenv-ignore-outside-'))
    try {
      writeFileSync(join(outside, 'private.txt'), 'private')
      writeTree({ 'a.txt': 'a' })
      symlinkSync(outside, join(root, 'out'))
      symlinkSync('a.txt', join(root, 'b.txt'))
      expect(await includedFiles()).toEqual(['a.txt'])
    } finally {
      rmSync(outside, { recursive: true, force: true })
    }
  })

  test('an aborted signal stops the walk', async () => {
    writeTree({ 'a.txt': 'a' })
    await expect(listIncludedEntries(root, AbortSignal.abort())).rejects.toMatchObject({ name: 'AbortError' })
  })
})

/**
 * Running commands and exposing ports, on the wire.
 */
import { execFileSync } from 'node:child_process'
import { describe, expect, test } from 'vitest'
import { Sandbox, ValidationError } from '../../src/index.js'
import { commandLine } from '../../src/highlevel/command-line.js'
import { clientWith } from '../support/client.js'
import { sandboxView, type Step } from '../support/scripted-fetch.js'

const SBX = 'sbx_test1'
const fetched: Step = { method: 'GET', nsid: 'io.pocketenv.sandbox.getSandbox', answer: { body: { sandbox: sandboxView() } } }

async function sandboxWith(steps: Step[]) {
  const { client, wire } = clientWith([fetched, ...steps])
  return { sandbox: (await client.getSandbox(SBX)) as Sandbox, wire }
}

describe('exec', () => {
  test('quotes each argument for a POSIX shell', async () => {
    const { sandbox, wire } = await sandboxWith([
      {
        method: 'POST',
        nsid: 'io.pocketenv.sandbox.exec',
        query: { id: SBX },
        body: { command: "echo 'a b' \\$HOME" },
        answer: { body: { stdout: 'a b $HOME\n', stderr: '', exitCode: 0 } },
      },
    ])
    await expect(sandbox.exec('echo', ['a b', '$HOME'])).resolves.toEqual({ stdout: 'a b $HOME\n', stderr: '', exitCode: 0 })
    wire.verify()
  })

  test('keeps only stdout, stderr and exitCode from the answer', async () => {
    const { sandbox, wire } = await sandboxWith([
      {
        method: 'POST',
        nsid: 'io.pocketenv.sandbox.exec',
        body: { command: 'false' },
        answer: { body: { stdout: '', stderr: 'boom', exitCode: 1, success: false, command: 'false', duration: 12, timestamp: 'now' } },
      },
    ])
    await expect(sandbox.exec('false')).resolves.toEqual({ stdout: '', stderr: 'boom', exitCode: 1 })
    wire.verify()
  })

  test('a stopped sandbox is a BadRequestError with the server message', async () => {
    const { sandbox, wire } = await sandboxWith([
      {
        method: 'POST',
        nsid: 'io.pocketenv.sandbox.exec',
        answer: { status: 400, body: { error: 'InvalidRequest', message: 'Request failed with status code 400' } },
      },
    ])
    await expect(sandbox.exec('ls')).rejects.toMatchObject({ name: 'BadRequestError', status: 400 })
    wire.verify()
  })

  test.each([
    ['an empty command', () => commandLine('')],
    ['a non-string argument', () => commandLine('echo', [42 as unknown as string])],
    ['arguments that are not an array', () => commandLine('echo', 'a b' as unknown as string[])],
  ])('%s is refused before sending', async (_case, build) => {
    expect(build).toThrow(ValidationError)
    const { sandbox, wire } = await sandboxWith([])
    await expect(sandbox.exec('')).rejects.toMatchObject({ name: 'ValidationError', field: 'command' })
    wire.verify()
  })
})

describe('argument quoting, checked by a real POSIX shell', () => {
  const awkward = [
    'a b',
    '$HOME',
    "it's",
    '"double"',
    'x; rm -rf /',
    '`id`',
    '$(id)',
    'tab\there',
    'line\nbreak',
    '*.txt',
    '!bang',
    '',
    '-n',
    'back\\slash',
    'ünïcødé ✓',
    "'",
    '\\',
    '{a,b}',
    '~',
    '#comment',
    '&& echo pwned',
  ]

  test('every argument reaches the program as one word, unchanged', () => {
    const line = commandLine('printf', ['%s\\0', ...awkward])
    const output = execFileSync('/bin/sh', ['-c', line], { encoding: 'utf8' })
    expect(output.split('\0').slice(0, -1)).toEqual(awkward)
  })

  test('echo "a b" "$HOME" prints them literally', () => {
    expect(execFileSync('/bin/sh', ['-c', commandLine('echo', ['a b', '$HOME'])], { encoding: 'utf8' })).toBe('a b $HOME\n')
  })
})

describe('ports and VS Code', () => {
  test('expose sends the port and description and returns the preview URL', async () => {
    const { sandbox, wire } = await sandboxWith([
      {
        method: 'POST',
        nsid: 'io.pocketenv.sandbox.exposePort',
        query: { id: SBX },
        body: { port: 3000, description: 'web' },
        answer: { body: { previewUrl: 'https://3000-x.sbx.pocketenv.io' } },
      },
    ])
    await expect(sandbox.expose(3000, { description: 'web' })).resolves.toBe('https://3000-x.sbx.pocketenv.io')
    wire.verify()
  })

  test.each([[{}], [{ previewUrl: null }], [{ previewUrl: '' }]])('expose returns null when the answer is %j', async (body) => {
    const { sandbox, wire } = await sandboxWith([{ method: 'POST', nsid: 'io.pocketenv.sandbox.exposePort', body: { port: 8080 }, answer: { body } }])
    await expect(sandbox.expose(8080)).resolves.toBeNull()
    wire.verify()
  })

  test.each([80, 1024, 65536, 3000.5])('expose refuses port %s before sending', async (port) => {
    const { sandbox, wire } = await sandboxWith([])
    await expect(sandbox.expose(port)).rejects.toMatchObject({ name: 'ValidationError', field: 'port' })
    wire.verify()
  })

  test('unexpose sends the port and returns the sandbox', async () => {
    const { sandbox, wire } = await sandboxWith([
      { method: 'POST', nsid: 'io.pocketenv.sandbox.unexposePort', query: { id: SBX }, body: { port: 3000 }, answer: {} },
    ])
    await expect(sandbox.unexpose(3000)).resolves.toBe(sandbox)
    wire.verify()
  })

  test('listPorts maps every port, VS Code included', async () => {
    const { sandbox, wire } = await sandboxWith([
      {
        method: 'GET',
        nsid: 'io.pocketenv.sandbox.getExposedPorts',
        query: { id: SBX },
        answer: {
          body: {
            ports: [
              { port: 3000, description: 'web', previewUrl: 'https://3000-x.sbx.pocketenv.io' },
              { port: 1024, description: null, previewUrl: 'https://1024-x.sbx.pocketenv.io' },
              { port: 4000 },
            ],
          },
        },
      },
    ])
    await expect(sandbox.listPorts()).resolves.toEqual([
      { port: 3000, description: 'web', previewUrl: 'https://3000-x.sbx.pocketenv.io' },
      { port: 1024, description: null, previewUrl: 'https://1024-x.sbx.pocketenv.io' },
      { port: 4000, description: null, previewUrl: null },
    ])
    wire.verify()
  })

  test('vscode sends no body and returns the URL, the same one when it is already exposed', async () => {
    const url = 'https://1024-x.sbx.pocketenv.io'
    const { sandbox, wire } = await sandboxWith([
      { method: 'POST', nsid: 'io.pocketenv.sandbox.exposeVscode', query: { id: SBX }, body: null, answer: { body: { previewUrl: url } } },
      { method: 'POST', nsid: 'io.pocketenv.sandbox.exposeVscode', query: { id: SBX }, body: null, answer: { body: { previewUrl: url } } },
    ])
    await expect(sandbox.vscode()).resolves.toBe(url)
    await expect(sandbox.vscode()).resolves.toBe(url)
    wire.verify()
  })

  test('vscode returns null when the platform gives no address', async () => {
    const { sandbox, wire } = await sandboxWith([{ method: 'POST', nsid: 'io.pocketenv.sandbox.exposeVscode', answer: { body: { previewUrl: '' } } }])
    await expect(sandbox.vscode()).resolves.toBeNull()
    wire.verify()
  })
})

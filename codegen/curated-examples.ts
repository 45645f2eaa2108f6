/**
 * Hand-picked examples for the shapes people look at most. The converter
 * puts them in the OpenAPI document, so the Prism mock answers with a sandbox
 * that runs, a real-looking preview address and a finished command, instead
 * of placeholder strings. Every other example is synthesised from the schema.
 *
 * Keys are Lexicon references: `nsid#def` for a shared definition, or the
 * method NSID for the output of that method. A unit test checks each one
 * against the Lexicon it belongs to.
 */

const OWNER = {
  id: 'rec_01jz8k3q6m2v4w',
  did: 'did:plc:7vdlgi2bflelz7mmuxoqjfcr',
  handle: 'alice.bsky.social',
  displayName: 'Alice',
  avatar: 'https://cdn.bsky.app/img/avatar/plain/did:plc:7vdlgi2bflelz7mmuxoqjfcr/avatar@jpeg',
  createdAt: '2026-03-02T10:00:00.000Z',
  updatedAt: '2026-04-15T09:00:00.000Z',
}

const SANDBOX_URI = 'at://did:plc:7vdlgi2bflelz7mmuxoqjfcr/io.pocketenv.sandbox/3lzmyqbwi2k2a'

/** Curated examples, by Lexicon reference. */
export const CURATED_EXAMPLES: Record<string, unknown> = {
  'io.pocketenv.actor.defs#profileViewDetailed': OWNER,
  'io.pocketenv.sandbox.defs#sandboxViewDetailed': {
    id: 'sbx_4Fq9ZkT2mN8pXw',
    uri: SANDBOX_URI,
    name: 'brave-otter-42',
    displayName: 'Brave Otter',
    provider: 'cloudflare',
    baseSandbox: 'openclaw',
    status: 'RUNNING',
    description: 'A sandbox for trying out the SDK.',
    topics: ['node', 'demo'],
    repo: 'https://github.com/pocketenv-io/pocketenv',
    logo: null,
    readme: null,
    vcpus: 2,
    memory: 8,
    disk: 16,
    installs: 0,
    createdAt: '2026-04-15T09:30:00.000Z',
    startedAt: '2026-04-15T09:31:12.000Z',
    owner: OWNER,
  },
  'io.pocketenv.sandbox.defs#sandboxViewBasic': {
    id: 'sbx_4Fq9ZkT2mN8pXw',
    uri: SANDBOX_URI,
    name: 'brave-otter-42',
    provider: 'cloudflare',
    description: null,
    topics: null,
    vcpus: 2,
    memory: 8,
    disk: 16,
    createdAt: '2026-04-15T09:30:00.000Z',
  },
  'io.pocketenv.port.defs#portView': {
    port: 3000,
    description: 'web',
    previewUrl: 'https://3000-brave-otter-42.sbx.pocketenv.io',
  },
  'io.pocketenv.sandbox.exec': {
    stdout: 'hello\n',
    stderr: '',
    exitCode: 0,
  },
  'io.pocketenv.sandbox.exposePort': {
    previewUrl: 'https://3000-brave-otter-42.sbx.pocketenv.io',
  },
  'io.pocketenv.sandbox.exposeVscode': {
    previewUrl: 'https://1024-brave-otter-42.sbx.pocketenv.io',
  },
  'io.pocketenv.sandbox.defs#backupViewBasic': {
    id: 'bkp_9c1d2e3f',
    directory: '/home/user/app',
    description: 'before upgrade',
    expiresAt: '2026-04-18T09:30:00.000Z',
    createdAt: '2026-04-15T09:30:00.000Z',
  },
  'io.pocketenv.sandbox.getPreferences': [
    {
      $type: 'io.pocketenv.sandbox.defs#sandboxProviderPref',
      name: 'daytona',
      redactedApiKey: 'dtn_1a2b3c4************************x9z',
      organizationId: 'org_42',
    },
  ],
  'io.pocketenv.secret.defs#secretView': {
    id: 'secret_7Hc2Lq9Vx1',
    name: 'OPENAI_API_KEY',
    createdAt: '2026-04-15T09:32:00.000Z',
  },
  'io.pocketenv.variable.defs#variableView': {
    id: 'var_3Kd8Pw2Rz5',
    name: 'NODE_ENV',
    value: 'production',
    createdAt: '2026-04-15T09:32:00.000Z',
    updatedAt: '2026-04-15T09:32:00.000Z',
  },
  'io.pocketenv.file.defs#fileView': {
    id: 'file_9Qm4Tn6Yb2',
    path: '/home/user/app/.env',
    createdAt: '2026-04-15T09:33:00.000Z',
    updatedAt: '2026-04-15T09:33:00.000Z',
  },
  'io.pocketenv.volume.defs#volumeView': {
    id: 'vol_5Gx7Jk1Wc8',
    name: 'data',
    path: '/data',
    createdAt: '2026-04-15T09:34:00.000Z',
    updatedAt: '2026-04-15T09:34:00.000Z',
  },
  'io.pocketenv.service.defs#serviceView': {
    id: 'svc_2Ht5Mv8Ns4',
    name: 'web',
    command: 'npm start',
    description: 'The web server',
    status: 'RUNNING',
    createdAt: '2026-04-15T09:35:00.000Z',
  },
  'io.pocketenv.sandbox.defs#sshKeysView': {
    id: 'rec_6Bw3Ck9Df1',
    publicKey: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAILD2BcrGTl3oYJuhsZcE/JKKCm+bczWrTmln5UuuOxcZ user@pocketenv',
    privateKey: '-----BEGIN OPENSSH PRIVATE KEY-----\\nb3BlbnNzaC**********\\n*****OxcZA\\n-----END OPENSSH PRIVATE KEY-----',
    createdAt: '2026-04-15T09:36:00.000Z',
  },
  'io.pocketenv.sandbox.defs#tailscaleAuthKeyView': {
    id: 'rec_4Lp8Ns2Qv6',
    authKey: 'tskey-auth-*****************************def',
    createdAt: '2026-04-15T09:37:00.000Z',
  },
  'io.pocketenv.actor.getTerminalToken': {
    token: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJkaWQ6cGxjOjd2ZGxnaTJiZmxlbHo3bW11eG9xamZjciJ9.c2lnbmF0dXJl',
  },
}

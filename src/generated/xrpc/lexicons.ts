/**
 * GENERATED CODE - DO NOT MODIFY
 */
import {
  type LexiconDoc,
  Lexicons,
  ValidationError,
  type ValidationResult,
} from '@atproto/lexicon'
import { type $Typed, is$typed, maybe$typed } from './util.js'

export const schemaDict = {
  IoPocketenvActorDefs: {
    lexicon: 1,
    id: 'io.pocketenv.actor.defs',
    description: 'Shapes shared by the actor methods.',
    defs: {
      profileViewDetailed: {
        type: 'object',
        description:
          'A Pocketenv user. Every field may be missing: the server answers `{}` when it cannot load the profile.',
        nullable: ['displayName', 'avatar'],
        properties: {
          id: {
            type: 'string',
            description: 'Server-side identifier of the user row.',
          },
          did: {
            type: 'string',
            format: 'did',
            description: 'Decentralized identifier of the account.',
          },
          handle: {
            type: 'string',
            format: 'handle',
            description: 'Handle of the account, such as `alice.bsky.social`.',
          },
          displayName: {
            type: 'string',
            description:
              'Name the account shows publicly, copied from its Bluesky profile.',
          },
          avatar: {
            type: 'string',
            format: 'uri',
            description: 'Address of the avatar image.',
          },
          createdAt: {
            type: 'string',
            format: 'datetime',
            description: 'When Pocketenv first saw this account.',
          },
          updatedAt: {
            type: 'string',
            format: 'datetime',
            description: 'When Pocketenv last refreshed this profile.',
          },
        },
      },
    },
  },
  IoPocketenvActorGetActorSandboxes: {
    lexicon: 1,
    id: 'io.pocketenv.actor.getActorSandboxes',
    defs: {
      main: {
        type: 'query',
        description:
          'List the sandboxes of one account, newest first. Public: no token is needed.',
        parameters: {
          type: 'params',
          required: ['did'],
          properties: {
            did: {
              type: 'string',
              format: 'at-identifier',
              description: 'The account, as a DID or a handle.',
            },
            limit: {
              type: 'integer',
              minimum: 1,
              default: 30,
              description:
                'How many items to return at most. The server applies 30 when it is left out and has no upper bound.',
            },
            offset: {
              type: 'integer',
              minimum: 0,
              default: 0,
              description:
                'How many items to skip before the first one returned.',
            },
            isRunning: {
              type: 'boolean',
              description:
                '`true` keeps only running sandboxes, `false` only stopped ones; sandboxes still initializing match neither.',
            },
          },
        },
        output: {
          encoding: 'application/json',
          schema: {
            type: 'object',
            required: ['sandboxes'],
            properties: {
              sandboxes: {
                type: 'array',
                items: {
                  type: 'ref',
                  ref: 'lex:io.pocketenv.sandbox.defs#sandboxViewDetailed',
                },
              },
              total: {
                type: 'integer',
                minimum: 0,
                description:
                  'How many sandboxes match, across all pages. Missing when the server failed to count them.',
              },
            },
          },
        },
      },
    },
  },
  IoPocketenvActorGetProfile: {
    lexicon: 1,
    id: 'io.pocketenv.actor.getProfile',
    defs: {
      main: {
        type: 'query',
        description:
          'Get the profile of an account, or of the caller when `did` is left out. The server answers `{}` instead of an error when the profile cannot be loaded.',
        parameters: {
          type: 'params',
          properties: {
            did: {
              type: 'string',
              format: 'at-identifier',
              description:
                'The account, as a DID or a handle. Defaults to the account of the token.',
            },
          },
        },
        output: {
          encoding: 'application/json',
          schema: {
            type: 'ref',
            ref: 'lex:io.pocketenv.actor.defs#profileViewDetailed',
          },
        },
      },
    },
  },
  IoPocketenvActorGetTerminalToken: {
    lexicon: 1,
    id: 'io.pocketenv.actor.getTerminalToken',
    defs: {
      main: {
        type: 'query',
        description:
          'Get a token for the interactive terminal of a sandbox. It is not an API token: using it as a bearer gives 401.',
        output: {
          encoding: 'application/json',
          schema: {
            type: 'object',
            required: ['token'],
            properties: {
              token: {
                type: 'string',
                description:
                  'A signed token naming the caller; it does not expire.',
              },
            },
          },
        },
      },
    },
  },
  IoPocketenvFileAddFile: {
    lexicon: 1,
    id: 'io.pocketenv.file.addFile',
    defs: {
      main: {
        type: 'procedure',
        description: 'Store a file. Answers an empty body.',
        input: {
          encoding: 'application/json',
          schema: {
            type: 'object',
            required: ['file'],
            properties: {
              file: {
                type: 'ref',
                ref: 'lex:io.pocketenv.file.defs#file',
              },
            },
          },
        },
      },
    },
  },
  IoPocketenvFileDefs: {
    lexicon: 1,
    id: 'io.pocketenv.file.defs',
    description: 'Shapes shared by the file methods.',
    defs: {
      file: {
        type: 'object',
        description: 'A file to place in a sandbox.',
        required: ['path', 'content'],
        properties: {
          sandboxId: {
            type: 'string',
            description:
              'The sandbox (id or name) the file belongs to. A file added without it is stored but attached to nothing.',
          },
          path: {
            type: 'string',
            description:
              'Where the file is written in the sandbox, for example `/app/.env`.',
          },
          content: {
            type: 'string',
            description:
              'The file content, sealed with the server public key and encoded as unpadded base64url. The server stores it as sent and decrypts it when the sandbox starts.',
          },
        },
      },
      fileView: {
        type: 'object',
        description: 'A file of a sandbox. The content is never returned.',
        properties: {
          id: {
            type: 'string',
            description: 'Identifier of the file (`file_…`).',
          },
          path: {
            type: 'string',
            description: 'Where the file is written in the sandbox.',
          },
          createdAt: {
            type: 'string',
            format: 'datetime',
            description: 'When the file was added.',
          },
          updatedAt: {
            type: 'string',
            format: 'datetime',
            description: 'When the file was last changed.',
          },
        },
      },
    },
  },
  IoPocketenvFileDeleteFile: {
    lexicon: 1,
    id: 'io.pocketenv.file.deleteFile',
    defs: {
      main: {
        type: 'procedure',
        description:
          'Remove a file from its sandbox. Send no body. Succeeds with an empty body even when nothing matched.',
        parameters: {
          type: 'params',
          required: ['id'],
          properties: {
            id: {
              type: 'string',
              minLength: 1,
              description: 'Identifier of the file (`file_…`).',
            },
          },
        },
      },
    },
  },
  IoPocketenvFileGetFile: {
    lexicon: 1,
    id: 'io.pocketenv.file.getFile',
    defs: {
      main: {
        type: 'query',
        description:
          'Get one file of the caller. An unknown id is answered with `{}`.',
        parameters: {
          type: 'params',
          required: ['id'],
          properties: {
            id: {
              type: 'string',
              minLength: 1,
              description: 'Identifier of the file (`file_…`).',
            },
          },
        },
        output: {
          encoding: 'application/json',
          schema: {
            type: 'object',
            properties: {
              file: {
                type: 'ref',
                ref: 'lex:io.pocketenv.file.defs#fileView',
                description: 'The file; absent when there is none.',
              },
            },
          },
        },
      },
    },
  },
  IoPocketenvFileGetFiles: {
    lexicon: 1,
    id: 'io.pocketenv.file.getFiles',
    defs: {
      main: {
        type: 'query',
        description: 'List the files of the caller, one page at a time.',
        parameters: {
          type: 'params',
          properties: {
            sandboxId: {
              type: 'string',
              description: 'Only files of this sandbox (id or name).',
            },
            limit: {
              type: 'integer',
              minimum: 1,
              default: 20,
              description:
                'How many items to return at most. The server applies 20 when it is left out and has no upper bound.',
            },
            offset: {
              type: 'integer',
              minimum: 0,
              default: 0,
              description:
                'How many items to skip before the first one returned.',
            },
          },
        },
        output: {
          encoding: 'application/json',
          schema: {
            type: 'object',
            required: ['files'],
            properties: {
              files: {
                type: 'array',
                items: {
                  type: 'ref',
                  ref: 'lex:io.pocketenv.file.defs#fileView',
                },
              },
              total: {
                type: 'integer',
                minimum: 0,
                description:
                  'How many files match, across all pages. Missing when the server failed to count them.',
              },
            },
          },
        },
      },
    },
  },
  IoPocketenvFileUpdateFile: {
    lexicon: 1,
    id: 'io.pocketenv.file.updateFile',
    defs: {
      main: {
        type: 'procedure',
        description:
          'Change the path of a file. The server does not save the new content (a known server fault). Answers an empty body.',
        input: {
          encoding: 'application/json',
          schema: {
            type: 'object',
            required: ['id', 'file'],
            properties: {
              id: {
                type: 'string',
                description: 'Identifier of the file (`file_…`).',
              },
              file: {
                type: 'ref',
                ref: 'lex:io.pocketenv.file.defs#file',
              },
            },
          },
        },
      },
    },
  },
  IoPocketenvPortDefs: {
    lexicon: 1,
    id: 'io.pocketenv.port.defs',
    description: 'Shapes that describe exposed ports.',
    defs: {
      portView: {
        type: 'object',
        description: 'A port of a sandbox that is reachable from the internet.',
        required: ['port'],
        nullable: ['description', 'previewUrl'],
        properties: {
          port: {
            type: 'integer',
            minimum: 1024,
            maximum: 65535,
            description:
              'The port inside the sandbox. 1024 is the port the server reserves for VS Code.',
          },
          description: {
            type: 'string',
            description: 'The note given when the port was exposed.',
          },
          previewUrl: {
            type: 'string',
            description: 'Public address that forwards to the port.',
          },
        },
      },
    },
  },
  IoPocketenvSandboxClaimSandbox: {
    lexicon: 1,
    id: 'io.pocketenv.sandbox.claimSandbox',
    defs: {
      main: {
        type: 'procedure',
        description:
          'Take ownership of a sandbox that was created without an account.',
        parameters: {
          type: 'params',
          required: ['id'],
          properties: {
            id: {
              type: 'string',
              minLength: 1,
              description:
                'Id of the unowned sandbox, or its id at the provider.',
            },
          },
        },
        output: {
          encoding: 'application/json',
          schema: {
            type: 'ref',
            ref: 'lex:io.pocketenv.sandbox.defs#sandboxViewBasic',
          },
        },
        errors: [
          {
            name: 'SandboxProviderError',
            description:
              'The sandbox platform refused or failed the operation (502), or the provider is not open to this account (403).',
          },
          {
            name: 'AgentCreationError',
            description:
              'The caller has no stored ATProto session on the server, so it cannot write the matching record. Answered with status 500 after about five seconds.',
          },
          {
            name: 'RecordCreationError',
            description:
              'The sandbox exists but its ATProto record could not be written (500).',
          },
        ],
      },
    },
  },
  IoPocketenvSandboxCreateBackup: {
    lexicon: 1,
    id: 'io.pocketenv.sandbox.createBackup',
    defs: {
      main: {
        type: 'procedure',
        description:
          'Save a directory of a sandbox as a backup. Only Cloudflare sandboxes support it (400 otherwise). Answers an empty body.',
        parameters: {
          type: 'params',
          required: ['id'],
          properties: {
            id: {
              type: 'string',
              minLength: 1,
              description:
                'The sandbox to act on: its id (`sbx_…`), its name, or its at:// URI.',
            },
          },
        },
        input: {
          encoding: 'application/json',
          schema: {
            type: 'object',
            required: ['directory'],
            properties: {
              directory: {
                type: 'string',
                description: 'Absolute path of the directory to save.',
              },
              description: {
                type: 'string',
                description: 'A note to recognise the backup by.',
              },
              ttl: {
                type: 'integer',
                description: 'How long to keep the backup, in seconds.',
              },
            },
          },
        },
      },
    },
  },
  IoPocketenvSandboxCreateIntegration: {
    lexicon: 1,
    id: 'io.pocketenv.sandbox.createIntegration',
    defs: {
      main: {
        type: 'procedure',
        description:
          'Placeholder for integrations: the server stores nothing and answers `{}`.',
        input: {
          encoding: 'application/json',
          schema: {
            type: 'object',
            required: ['id', 'name'],
            properties: {
              id: {
                type: 'string',
                description:
                  'The sandbox to act on: its id (`sbx_…`), its name, or its at:// URI.',
              },
              name: {
                type: 'string',
                description: 'Name of the integration.',
              },
            },
          },
        },
        output: {
          encoding: 'application/json',
          description: 'Always `{}`.',
          schema: {
            type: 'object',
            properties: {},
          },
        },
      },
    },
  },
  IoPocketenvSandboxCreateSandbox: {
    lexicon: 1,
    id: 'io.pocketenv.sandbox.createSandbox',
    defs: {
      main: {
        type: 'procedure',
        description:
          'Create a sandbox from a template. Needs a token (or a Turnstile challenge in `X-Challenge`). Only `base`, `provider`, `repo`, `keepAlive` and the provider credentials reach the platform.',
        input: {
          encoding: 'application/json',
          schema: {
            type: 'object',
            required: ['base'],
            properties: {
              base: {
                type: 'string',
                description:
                  'The template to start from: an at:// URI, or the name or id of a sandbox.',
              },
              name: {
                type: 'string',
                minLength: 1,
                description:
                  'Requested name. The server ignores it and chooses the name itself.',
              },
              description: {
                type: 'string',
                description: 'Echoed back in the answer but not stored.',
              },
              provider: {
                type: 'string',
                enum: [
                  'daytona',
                  'vercel',
                  'cloudflare',
                  'deno',
                  'sprites',
                  'modal',
                  'e2b',
                  'blaxel',
                  'hopx',
                  'runloop',
                ],
                description:
                  'The platform to run on. The server uses `cloudflare` when it is left out; `blaxel` is restricted (403).',
              },
              topics: {
                type: 'array',
                items: {
                  type: 'string',
                  maxLength: 50,
                },
                description: 'Echoed back in the answer but not stored.',
              },
              repo: {
                type: 'string',
                description:
                  'Git repository to clone when the sandbox starts. When the caller already has a sandbox with the same repository and base, the server starts and returns that one instead.',
              },
              vcpus: {
                type: 'integer',
                minimum: 1,
                description: 'Echoed back in the answer but not applied.',
              },
              memory: {
                type: 'integer',
                minimum: 1,
                description: 'Echoed back in the answer but not applied (GB).',
              },
              disk: {
                type: 'integer',
                minimum: 3,
                description: 'Echoed back in the answer but not applied (GB).',
              },
              readme: {
                type: 'string',
                format: 'uri',
                description: 'Echoed back in the answer but not stored.',
              },
              keepAlive: {
                type: 'boolean',
                description: 'Keep the sandbox running when it is idle.',
              },
              daytonaOrganizationId: {
                type: 'string',
                description: 'Daytona organization, in clear.',
              },
              vercelProjectId: {
                type: 'string',
                description: 'Vercel project, in clear.',
              },
              vercelTeamId: {
                type: 'string',
                description: 'Vercel team, in clear.',
              },
              spriteToken: {
                type: 'string',
                description:
                  'Sprites token to create the sandbox with, sealed with the server public key.',
              },
              redactedSpriteToken: {
                type: 'string',
                description: 'Masked Sprites token, kept for display.',
              },
              denoDeployToken: {
                type: 'string',
                description:
                  'Deno Deploy token to create the sandbox with, sealed with the server public key.',
              },
              redactedDenoDeployToken: {
                type: 'string',
                description: 'Masked Deno Deploy token, kept for display.',
              },
              daytonaApiKey: {
                type: 'string',
                description:
                  'Daytona API key to create the sandbox with, sealed with the server public key.',
              },
              redactedDaytonaApiKey: {
                type: 'string',
                description: 'Masked Daytona API key, kept for display.',
              },
              vercelApiToken: {
                type: 'string',
                description:
                  'Vercel API token to create the sandbox with, sealed with the server public key.',
              },
              redactedVercelApiToken: {
                type: 'string',
                description: 'Masked Vercel API token, kept for display.',
              },
              modalTokenId: {
                type: 'string',
                description:
                  'Modal token id to create the sandbox with, sealed with the server public key.',
              },
              redactedModalTokenId: {
                type: 'string',
                description: 'Masked Modal token id, kept for display.',
              },
              modalTokenSecret: {
                type: 'string',
                description:
                  'Modal token secret to create the sandbox with, sealed with the server public key.',
              },
              redactedModalTokenSecret: {
                type: 'string',
                description: 'Masked Modal token secret, kept for display.',
              },
              e2bApiKey: {
                type: 'string',
                description:
                  'E2B API key to create the sandbox with, sealed with the server public key.',
              },
              redactedE2bApiKey: {
                type: 'string',
                description: 'Masked E2B API key, kept for display.',
              },
              hopxApiKey: {
                type: 'string',
                description:
                  'Hopx API key to create the sandbox with, sealed with the server public key.',
              },
              redactedHopxApiKey: {
                type: 'string',
                description: 'Masked Hopx API key, kept for display.',
              },
              runloopApiKey: {
                type: 'string',
                description:
                  'Runloop API key to create the sandbox with, sealed with the server public key.',
              },
              redactedRunloopApiKey: {
                type: 'string',
                description: 'Masked Runloop API key, kept for display.',
              },
            },
          },
        },
        output: {
          encoding: 'application/json',
          schema: {
            type: 'ref',
            ref: 'lex:io.pocketenv.sandbox.defs#sandboxViewBasic',
          },
        },
        errors: [
          {
            name: 'AuthenticationError',
            description: 'No token and no valid challenge (401).',
          },
          {
            name: 'SandboxProviderError',
            description:
              'The sandbox platform refused or failed the operation (502), or the provider is not open to this account (403).',
          },
          {
            name: 'AgentCreationError',
            description:
              'The caller has no stored ATProto session on the server, so it cannot write the matching record. Answered with status 500 after about five seconds.',
          },
          {
            name: 'RecordCreationError',
            description:
              'The sandbox exists but its ATProto record could not be written (500).',
          },
        ],
      },
    },
  },
  IoPocketenvSandboxDefs: {
    lexicon: 1,
    id: 'io.pocketenv.sandbox.defs',
    description: 'Shapes shared by the sandbox methods.',
    defs: {
      sandboxViewBasic: {
        type: 'object',
        description:
          'A sandbox as the catalogue, creation and claim methods describe it. Which fields appear depends on the method.',
        nullable: [
          'uri',
          'displayName',
          'description',
          'topics',
          'repo',
          'logo',
          'readme',
          'vcpus',
          'memory',
          'disk',
        ],
        properties: {
          id: {
            type: 'string',
            description:
              'Identifier of the sandbox (`sbx_…`). Every other method accepts it.',
          },
          uri: {
            type: 'string',
            format: 'at-uri',
            description:
              'The at:// URI of the sandbox record. Absent or null for sandboxes created without an account.',
          },
          name: {
            type: 'string',
            maxLength: 50,
            description:
              'Name of the sandbox. The server picks it when the sandbox is created.',
          },
          displayName: {
            type: 'string',
            description: 'Human-friendly title of the sandbox.',
          },
          provider: {
            type: 'string',
            maxLength: 50,
            knownValues: [
              'cloudflare',
              'daytona',
              'deno',
              'vercel',
              'sprites',
              'modal',
              'e2b',
              'blaxel',
              'hopx',
              'runloop',
            ],
            description: 'The platform the sandbox runs on.',
          },
          description: {
            type: 'string',
            maxLength: 3000,
            maxGraphemes: 300,
            description: 'Free text about the sandbox.',
          },
          topics: {
            type: 'array',
            items: {
              type: 'string',
              minLength: 1,
              maxLength: 50,
            },
            maxLength: 50,
            description: 'Tags attached to the sandbox.',
          },
          repo: {
            type: 'string',
            description: 'Git repository cloned into the sandbox.',
          },
          logo: {
            type: 'string',
            format: 'uri',
            description: 'Address of a logo image.',
          },
          readme: {
            type: 'string',
            format: 'uri',
            description: 'Address of a README for the sandbox.',
          },
          vcpus: {
            type: 'integer',
            description: 'Virtual CPUs given to the sandbox.',
          },
          memory: {
            type: 'integer',
            description: 'Memory given to the sandbox, in GB.',
          },
          disk: {
            type: 'integer',
            description: 'Disk given to the sandbox, in GB.',
          },
          installs: {
            type: 'integer',
            minimum: 0,
            description: 'How many times the sandbox has been used as a base.',
          },
          createdAt: {
            type: 'string',
            format: 'datetime',
            description: 'When the sandbox was created.',
          },
        },
      },
      sandboxViewDetailed: {
        type: 'object',
        description:
          'A sandbox with its lifecycle state, as `getSandbox` and `getActorSandboxes` describe it.',
        nullable: [
          'uri',
          'displayName',
          'description',
          'topics',
          'repo',
          'logo',
          'readme',
          'vcpus',
          'memory',
          'disk',
          'baseSandbox',
          'startedAt',
          'owner',
        ],
        properties: {
          id: {
            type: 'string',
            description:
              'Identifier of the sandbox (`sbx_…`). Every other method accepts it.',
          },
          uri: {
            type: 'string',
            format: 'at-uri',
            description:
              'The at:// URI of the sandbox record. Absent or null for sandboxes created without an account.',
          },
          name: {
            type: 'string',
            maxLength: 50,
            description:
              'Name of the sandbox. The server picks it when the sandbox is created.',
          },
          displayName: {
            type: 'string',
            description: 'Human-friendly title of the sandbox.',
          },
          provider: {
            type: 'string',
            maxLength: 50,
            knownValues: [
              'cloudflare',
              'daytona',
              'deno',
              'vercel',
              'sprites',
              'modal',
              'e2b',
              'blaxel',
              'hopx',
              'runloop',
            ],
            description: 'The platform the sandbox runs on.',
          },
          description: {
            type: 'string',
            maxLength: 3000,
            maxGraphemes: 300,
            description: 'Free text about the sandbox.',
          },
          topics: {
            type: 'array',
            items: {
              type: 'string',
              minLength: 1,
              maxLength: 50,
            },
            maxLength: 50,
            description: 'Tags attached to the sandbox.',
          },
          repo: {
            type: 'string',
            description: 'Git repository cloned into the sandbox.',
          },
          logo: {
            type: 'string',
            format: 'uri',
            description: 'Address of a logo image.',
          },
          readme: {
            type: 'string',
            format: 'uri',
            description: 'Address of a README for the sandbox.',
          },
          vcpus: {
            type: 'integer',
            description: 'Virtual CPUs given to the sandbox.',
          },
          memory: {
            type: 'integer',
            description: 'Memory given to the sandbox, in GB.',
          },
          disk: {
            type: 'integer',
            description: 'Disk given to the sandbox, in GB.',
          },
          installs: {
            type: 'integer',
            minimum: 0,
            description: 'How many times the sandbox has been used as a base.',
          },
          createdAt: {
            type: 'string',
            format: 'datetime',
            description: 'When the sandbox was created.',
          },
          baseSandbox: {
            type: 'string',
            description: 'The template or sandbox this one was made from.',
          },
          status: {
            type: 'string',
            knownValues: ['INITIALIZING', 'RUNNING', 'STOPPED'],
            description:
              'Lifecycle state. Treat values you do not know as "unknown".',
          },
          startedAt: {
            type: 'string',
            format: 'datetime',
            description:
              'When the sandbox last started. Absent when it never has.',
          },
          owner: {
            type: 'ref',
            ref: 'lex:io.pocketenv.actor.defs#profileViewDetailed',
            description:
              'The account that owns the sandbox. Absent or null for unowned sandboxes.',
          },
        },
      },
      sandboxDetailsPref: {
        type: 'object',
        description:
          'Changes to the name, description, tags or repository of a sandbox. The server applies this kind.',
        nullable: ['repo', 'description', 'topics'],
        properties: {
          name: {
            type: 'string',
            minLength: 1,
            description: 'New name for the sandbox.',
          },
          description: {
            type: 'string',
            description: 'New description.',
          },
          topics: {
            type: 'array',
            items: {
              type: 'string',
              maxLength: 50,
            },
            description: 'New list of tags.',
          },
          repo: {
            type: 'string',
            description: 'New git repository.',
          },
          vcpus: {
            type: 'integer',
            minimum: 1,
            description: 'Ignored by the server.',
          },
          memory: {
            type: 'integer',
            minimum: 1,
            description: 'Ignored by the server.',
          },
          disk: {
            type: 'integer',
            minimum: 3,
            description: 'Ignored by the server.',
          },
          readme: {
            type: 'string',
            format: 'uri',
            description: 'Ignored by the server.',
          },
        },
      },
      secretPref: {
        type: 'object',
        description: 'Accepted by the server and ignored.',
        properties: {
          name: {
            type: 'string',
            minLength: 1,
            description: 'Name of the secret.',
          },
          value: {
            type: 'string',
            description: 'Value of the secret.',
          },
        },
      },
      variablePref: {
        type: 'object',
        description: 'Accepted by the server and ignored.',
        properties: {
          name: {
            type: 'string',
            minLength: 1,
            description: 'Name of the variable.',
          },
          value: {
            type: 'string',
            description: 'Value of the variable.',
          },
        },
      },
      filePref: {
        type: 'object',
        description: 'Accepted by the server and ignored.',
        properties: {
          name: {
            type: 'string',
            minLength: 1,
            description: 'Name of the file.',
          },
          content: {
            type: 'string',
            description: 'Content of the file.',
          },
          encrypt: {
            type: 'boolean',
            description: 'Whether the content is sealed.',
          },
          path: {
            type: 'string',
            description: 'Where the file goes in the sandbox.',
          },
        },
      },
      volumePref: {
        type: 'object',
        description: 'Accepted by the server and ignored.',
        properties: {
          name: {
            type: 'string',
            minLength: 1,
            description: 'Name of the volume.',
          },
          path: {
            type: 'string',
            description: 'Mount point in the sandbox.',
          },
          readOnly: {
            type: 'boolean',
            description: 'Whether the volume is mounted read-only.',
          },
        },
      },
      sandboxProviderPref: {
        type: 'object',
        description:
          'Credentials for a sandbox provider. The server stores them and returns only the masked fields.',
        required: ['name'],
        properties: {
          name: {
            type: 'string',
            minLength: 1,
            knownValues: [
              'daytona',
              'deno',
              'sprites',
              'vercel',
              'modal',
              'e2b',
              'hopx',
              'runloop',
            ],
            description: 'Which provider these credentials are for.',
          },
          apiKey: {
            type: 'string',
            minLength: 1,
            description:
              'API key of the provider, sealed with the server public key. Only sent, never returned.',
          },
          redactedApiKey: {
            type: 'string',
            description: 'Masked form of the API key, safe to display.',
          },
          organizationId: {
            type: 'string',
            description: 'Organization at the provider (Daytona).',
          },
          vercelProjectId: {
            type: 'string',
            description: 'Vercel project to create sandboxes in.',
          },
          vercelTeamId: {
            type: 'string',
            description: 'Vercel team that owns the project.',
          },
          modalTokenId: {
            type: 'string',
            description: 'Modal token id, sealed with the server public key.',
          },
          modalTokenSecret: {
            type: 'string',
            description:
              'Modal token secret, sealed with the server public key.',
          },
          redactedModalTokenId: {
            type: 'string',
            description: 'Masked Modal token id.',
          },
          redactedModalTokenSecret: {
            type: 'string',
            description: 'Masked Modal token secret.',
          },
          e2bApiKey: {
            type: 'string',
            description: 'E2B API key, sealed with the server public key.',
          },
          redactedE2bApiKey: {
            type: 'string',
            description: 'Masked E2B API key.',
          },
          hopxApiKey: {
            type: 'string',
            description: 'Hopx API key, sealed with the server public key.',
          },
          redactedHopxApiKey: {
            type: 'string',
            description: 'Masked Hopx API key.',
          },
          runloopApiKey: {
            type: 'string',
            description: 'Runloop API key, sealed with the server public key.',
          },
          redactedRunloopApiKey: {
            type: 'string',
            description: 'Masked Runloop API key.',
          },
        },
      },
      preferences: {
        type: 'array',
        items: {
          type: 'union',
          refs: [
            'lex:io.pocketenv.sandbox.defs#sandboxDetailsPref',
            'lex:io.pocketenv.sandbox.defs#secretPref',
            'lex:io.pocketenv.sandbox.defs#variablePref',
            'lex:io.pocketenv.sandbox.defs#filePref',
            'lex:io.pocketenv.sandbox.defs#volumePref',
            'lex:io.pocketenv.sandbox.defs#sandboxProviderPref',
          ],
        },
        description:
          'Settings of a sandbox. Each item names its kind in `$type`.',
      },
      sshKeysView: {
        type: 'object',
        description: 'The SSH key pair stored for a sandbox.',
        properties: {
          id: {
            type: 'string',
            description: 'Identifier of the key pair.',
          },
          privateKey: {
            type: 'string',
            description:
              'The masked private key that was sent with it (an empty string when none was), never the key itself.',
          },
          publicKey: {
            type: 'string',
            description: 'The OpenSSH public key.',
          },
          createdAt: {
            type: 'string',
            format: 'datetime',
            description: 'When the key pair was stored.',
          },
        },
      },
      tailscaleAuthKeyView: {
        type: 'object',
        description: 'The Tailscale auth key stored for a sandbox.',
        properties: {
          id: {
            type: 'string',
            description: 'Identifier of the stored key.',
          },
          authKey: {
            type: 'string',
            description: 'The masked auth key, never the key itself.',
          },
          createdAt: {
            type: 'string',
            format: 'datetime',
            description: 'When the key was stored.',
          },
        },
      },
      backupViewBasic: {
        type: 'object',
        description: 'A saved copy of a directory of a sandbox.',
        nullable: ['description'],
        properties: {
          id: {
            type: 'string',
            description: 'Identifier of the backup, used to restore it.',
          },
          directory: {
            type: 'string',
            description: 'The directory that was saved.',
          },
          description: {
            type: 'string',
            description: 'The note given when the backup was made.',
          },
          expiresAt: {
            type: 'string',
            format: 'datetime',
            description:
              'When the backup will be removed. Absent when it does not expire.',
          },
          createdAt: {
            type: 'string',
            format: 'datetime',
            description: 'When the backup was made.',
          },
        },
      },
    },
  },
  IoPocketenvSandboxDeleteSandbox: {
    lexicon: 1,
    id: 'io.pocketenv.sandbox.deleteSandbox',
    defs: {
      main: {
        type: 'procedure',
        description:
          'Delete a sandbox of the caller for good. Send no body. Answers `{}`.',
        parameters: {
          type: 'params',
          required: ['id'],
          properties: {
            id: {
              type: 'string',
              minLength: 1,
              description: 'Id or name of the sandbox.',
            },
          },
        },
        output: {
          encoding: 'application/json',
          description: 'Always `{}`.',
          schema: {
            type: 'object',
            properties: {},
          },
        },
        errors: [
          {
            name: 'SandboxNotFound',
            description:
              'No sandbox of the caller (or, without a token, no unowned sandbox) matches `id`.',
          },
          {
            name: 'SandboxProviderError',
            description:
              'The sandbox platform refused or failed the operation (502), or the provider is not open to this account (403).',
          },
        ],
      },
    },
  },
  IoPocketenvSandboxExec: {
    lexicon: 1,
    id: 'io.pocketenv.sandbox.exec',
    defs: {
      main: {
        type: 'procedure',
        description:
          'Run a shell command in a running sandbox and wait for it to finish. A stopped sandbox gives 400 "Request failed with status code 400".',
        parameters: {
          type: 'params',
          required: ['id'],
          properties: {
            id: {
              type: 'string',
              minLength: 1,
              description: 'Id or name of the sandbox.',
            },
          },
        },
        input: {
          encoding: 'application/json',
          schema: {
            type: 'object',
            required: ['command'],
            properties: {
              command: {
                type: 'string',
                description: 'The command line, run by a shell in the sandbox.',
              },
            },
          },
        },
        output: {
          encoding: 'application/json',
          description:
            'The platform may add fields such as `success`, `command`, `duration` and `timestamp`.',
          schema: {
            type: 'object',
            required: ['stdout', 'stderr', 'exitCode'],
            properties: {
              stdout: {
                type: 'string',
                description: 'What the command wrote to standard output.',
              },
              stderr: {
                type: 'string',
                description: 'What the command wrote to standard error.',
              },
              exitCode: {
                type: 'integer',
                description: 'Exit status of the command.',
              },
            },
          },
        },
        errors: [
          {
            name: 'SandboxNotFound',
            description:
              'No sandbox of the caller (or, without a token, no unowned sandbox) matches `id`.',
          },
        ],
      },
    },
  },
  IoPocketenvSandboxExposePort: {
    lexicon: 1,
    id: 'io.pocketenv.sandbox.exposePort',
    defs: {
      main: {
        type: 'procedure',
        description:
          'Make a port of a sandbox reachable from the internet. Exposing a port twice gives 500.',
        parameters: {
          type: 'params',
          required: ['id'],
          properties: {
            id: {
              type: 'string',
              minLength: 1,
              description:
                'The sandbox to act on: its id (`sbx_…`), its name, or its at:// URI.',
            },
          },
        },
        input: {
          encoding: 'application/json',
          schema: {
            type: 'object',
            required: ['port'],
            properties: {
              port: {
                type: 'integer',
                minimum: 1025,
                maximum: 65535,
                description: 'The port to expose.',
              },
              description: {
                type: 'string',
                description: 'A note to remember the port by.',
              },
            },
          },
        },
        output: {
          encoding: 'application/json',
          schema: {
            type: 'object',
            nullable: ['previewUrl'],
            properties: {
              previewUrl: {
                type: 'string',
                description:
                  'Public address of the port; absent or null when the platform gives none.',
              },
            },
          },
        },
        errors: [
          {
            name: 'AgentCreationError',
            description:
              'The caller has no stored ATProto session on the server, so it cannot write the matching record. Answered with status 500 after about five seconds.',
          },
        ],
      },
    },
  },
  IoPocketenvSandboxExposeVscode: {
    lexicon: 1,
    id: 'io.pocketenv.sandbox.exposeVscode',
    defs: {
      main: {
        type: 'procedure',
        description:
          'Expose VS Code Server (port 1024) and return its address. Send no body. When it is already exposed, the stored address comes back at once.',
        parameters: {
          type: 'params',
          required: ['id'],
          properties: {
            id: {
              type: 'string',
              minLength: 1,
              description:
                'The sandbox to act on: its id (`sbx_…`), its name, or its at:// URI.',
            },
          },
        },
        output: {
          encoding: 'application/json',
          schema: {
            type: 'object',
            nullable: ['previewUrl'],
            properties: {
              previewUrl: {
                type: 'string',
                description:
                  'Address of VS Code; may be empty, absent or null when the platform gave none.',
              },
            },
          },
        },
        errors: [
          {
            name: 'AgentCreationError',
            description:
              'The caller has no stored ATProto session on the server, so it cannot write the matching record. Answered with status 500 after about five seconds.',
          },
        ],
      },
    },
  },
  IoPocketenvSandboxGetBackups: {
    lexicon: 1,
    id: 'io.pocketenv.sandbox.getBackups',
    defs: {
      main: {
        type: 'query',
        description: 'List the backups of a sandbox of the caller.',
        parameters: {
          type: 'params',
          required: ['id'],
          properties: {
            id: {
              type: 'string',
              minLength: 1,
              description:
                'The sandbox to act on: its id (`sbx_…`), its name, or its at:// URI.',
            },
          },
        },
        output: {
          encoding: 'application/json',
          schema: {
            type: 'object',
            required: ['backups'],
            properties: {
              backups: {
                type: 'array',
                items: {
                  type: 'ref',
                  ref: 'lex:io.pocketenv.sandbox.defs#backupViewBasic',
                },
              },
            },
          },
        },
      },
    },
  },
  IoPocketenvSandboxGetExposedPorts: {
    lexicon: 1,
    id: 'io.pocketenv.sandbox.getExposedPorts',
    defs: {
      main: {
        type: 'query',
        description:
          'List the exposed ports of a sandbox of the caller, VS Code (port 1024) included. An unknown sandbox gives an empty list.',
        parameters: {
          type: 'params',
          required: ['id'],
          properties: {
            id: {
              type: 'string',
              minLength: 1,
              description: 'Id or name of the sandbox.',
            },
          },
        },
        output: {
          encoding: 'application/json',
          schema: {
            type: 'object',
            required: ['ports'],
            properties: {
              ports: {
                type: 'array',
                items: {
                  type: 'ref',
                  ref: 'lex:io.pocketenv.port.defs#portView',
                },
              },
            },
          },
        },
      },
    },
  },
  IoPocketenvSandboxGetIntegrations: {
    lexicon: 1,
    id: 'io.pocketenv.sandbox.getIntegrations',
    defs: {
      main: {
        type: 'query',
        description:
          'Placeholder for integrations: the server always answers `{}`.',
        parameters: {
          type: 'params',
          required: ['id'],
          properties: {
            id: {
              type: 'string',
              minLength: 1,
              description:
                'The sandbox to act on: its id (`sbx_…`), its name, or its at:// URI.',
            },
          },
        },
        output: {
          encoding: 'application/json',
          description: 'Always `{}`.',
          schema: {
            type: 'object',
            properties: {},
          },
        },
      },
    },
  },
  IoPocketenvSandboxGetPreferences: {
    lexicon: 1,
    id: 'io.pocketenv.sandbox.getPreferences',
    defs: {
      main: {
        type: 'query',
        description:
          'Get the stored provider settings of the caller. The answer is a bare JSON array: empty, or one `sandboxProviderPref` holding masked keys only.',
        parameters: {
          type: 'params',
          required: ['id'],
          properties: {
            id: {
              type: 'string',
              minLength: 1,
              description:
                'The sandbox to act on: its id (`sbx_…`), its name, or its at:// URI.',
            },
          },
        },
        output: {
          encoding: 'application/json',
          schema: {
            type: 'ref',
            ref: 'lex:io.pocketenv.sandbox.defs#preferences',
          },
        },
      },
    },
  },
  IoPocketenvSandboxGetSandbox: {
    lexicon: 1,
    id: 'io.pocketenv.sandbox.getSandbox',
    defs: {
      main: {
        type: 'query',
        description:
          'Get one sandbox of any account by id, name or at:// URI. Public. An unknown sandbox is answered with `{}`, and a server fault with `{"sandbox": null}`, both with status 200.',
        parameters: {
          type: 'params',
          required: ['id'],
          properties: {
            id: {
              type: 'string',
              minLength: 1,
              description:
                'The sandbox to act on: its id (`sbx_…`), its name, or its at:// URI.',
            },
          },
        },
        output: {
          encoding: 'application/json',
          schema: {
            type: 'object',
            nullable: ['sandbox'],
            properties: {
              sandbox: {
                type: 'ref',
                ref: 'lex:io.pocketenv.sandbox.defs#sandboxViewDetailed',
                description: 'The sandbox; absent or null when there is none.',
              },
            },
          },
        },
      },
    },
  },
  IoPocketenvSandboxGetSandboxes: {
    lexicon: 1,
    id: 'io.pocketenv.sandbox.getSandboxes',
    defs: {
      main: {
        type: 'query',
        description:
          'List the public template catalogue (sandboxes published by pocketenv.io), most used first. Public.',
        parameters: {
          type: 'params',
          properties: {
            limit: {
              type: 'integer',
              minimum: 1,
              default: 30,
              description:
                'How many items to return at most. The server applies 30 when it is left out and has no upper bound.',
            },
            offset: {
              type: 'integer',
              minimum: 0,
              default: 0,
              description:
                'How many items to skip before the first one returned.',
            },
          },
        },
        output: {
          encoding: 'application/json',
          schema: {
            type: 'object',
            required: ['sandboxes'],
            properties: {
              sandboxes: {
                type: 'array',
                items: {
                  type: 'ref',
                  ref: 'lex:io.pocketenv.sandbox.defs#sandboxViewBasic',
                },
              },
              total: {
                type: 'integer',
                minimum: 0,
                description:
                  'How many templates there are, across all pages. Missing when the server failed to count them.',
              },
            },
          },
        },
      },
    },
  },
  IoPocketenvSandboxGetSshKeys: {
    lexicon: 1,
    id: 'io.pocketenv.sandbox.getSshKeys',
    defs: {
      main: {
        type: 'query',
        description:
          'Get the SSH key pair stored for a sandbox. Answers 404 when there is none.',
        parameters: {
          type: 'params',
          required: ['id'],
          properties: {
            id: {
              type: 'string',
              minLength: 1,
              description: 'Internal id (`sbx_…`) of the sandbox.',
            },
          },
        },
        output: {
          encoding: 'application/json',
          schema: {
            type: 'ref',
            ref: 'lex:io.pocketenv.sandbox.defs#sshKeysView',
          },
        },
      },
    },
  },
  IoPocketenvSandboxGetTailscaleAuthKey: {
    lexicon: 1,
    id: 'io.pocketenv.sandbox.getTailscaleAuthKey',
    defs: {
      main: {
        type: 'query',
        description:
          'Get the Tailscale auth key stored for a sandbox, masked. Answers 404 when there is none.',
        parameters: {
          type: 'params',
          required: ['id'],
          properties: {
            id: {
              type: 'string',
              minLength: 1,
              description: 'Internal id (`sbx_…`) of the sandbox.',
            },
          },
        },
        output: {
          encoding: 'application/json',
          schema: {
            type: 'ref',
            ref: 'lex:io.pocketenv.sandbox.defs#tailscaleAuthKeyView',
          },
        },
      },
    },
  },
  IoPocketenvSandboxPullDirectory: {
    lexicon: 1,
    id: 'io.pocketenv.sandbox.pullDirectory',
    defs: {
      main: {
        type: 'procedure',
        description:
          'Unpack an archive from the storage service into a directory of a running sandbox. Answers an empty body.',
        input: {
          encoding: 'application/json',
          schema: {
            type: 'object',
            required: ['sandboxId', 'directoryPath', 'uuid'],
            properties: {
              sandboxId: {
                type: 'string',
                description:
                  'The sandbox to act on: its id (`sbx_…`), its name, or its at:// URI.',
              },
              directoryPath: {
                type: 'string',
                description:
                  'Absolute path of the directory to unpack into; it is created when missing.',
              },
              uuid: {
                type: 'string',
                description:
                  'Key of the archive in the storage service, as returned by `POST <storage>/cp`.',
              },
            },
          },
        },
      },
    },
  },
  IoPocketenvSandboxPushDirectory: {
    lexicon: 1,
    id: 'io.pocketenv.sandbox.pushDirectory',
    defs: {
      main: {
        type: 'procedure',
        description:
          'Pack a directory of a running sandbox and upload it to the storage service; fetch the archive once with `GET <storage>/cp/<uuid>`.',
        input: {
          encoding: 'application/json',
          schema: {
            type: 'object',
            required: ['sandboxId', 'directoryPath'],
            properties: {
              sandboxId: {
                type: 'string',
                description:
                  'The sandbox to act on: its id (`sbx_…`), its name, or its at:// URI.',
              },
              directoryPath: {
                type: 'string',
                description: 'Absolute path of the directory to pack.',
              },
            },
          },
        },
        output: {
          encoding: 'application/json',
          schema: {
            type: 'object',
            required: ['uuid'],
            properties: {
              uuid: {
                type: 'string',
                description: 'Key of the archive in the storage service.',
              },
            },
          },
        },
      },
    },
  },
  IoPocketenvSandboxPutPreferences: {
    lexicon: 1,
    id: 'io.pocketenv.sandbox.putPreferences',
    defs: {
      main: {
        type: 'procedure',
        description:
          'Change settings of a sandbox. The server applies `sandboxDetailsPref` and `sandboxProviderPref` and silently ignores the other kinds. Answers an empty body.',
        input: {
          encoding: 'application/json',
          schema: {
            type: 'object',
            required: ['sandboxId', 'preferences'],
            properties: {
              sandboxId: {
                type: 'string',
                description: 'Internal id (`sbx_…`) of the sandbox.',
              },
              preferences: {
                type: 'ref',
                ref: 'lex:io.pocketenv.sandbox.defs#preferences',
              },
            },
          },
        },
        errors: [
          {
            name: 'AgentCreationError',
            description:
              'The caller has no stored ATProto session on the server, so it cannot write the matching record. Answered with status 500 after about five seconds.',
          },
          {
            name: 'SavePreferencesError',
            description: 'The provider settings could not be saved (500).',
          },
        ],
      },
    },
  },
  IoPocketenvSandboxPutSshKeys: {
    lexicon: 1,
    id: 'io.pocketenv.sandbox.putSshKeys',
    defs: {
      main: {
        type: 'procedure',
        description:
          'Store the SSH key pair of a sandbox, replacing any earlier one. Answers `{}`.',
        input: {
          encoding: 'application/json',
          schema: {
            type: 'object',
            required: ['id', 'privateKey', 'publicKey'],
            properties: {
              id: {
                type: 'string',
                description: 'Id of the sandbox, or its id at the provider.',
              },
              privateKey: {
                type: 'string',
                description:
                  'The OpenSSH private key, sealed with the server public key.',
              },
              publicKey: {
                type: 'string',
                description: 'The OpenSSH public key, in clear.',
              },
              redacted: {
                type: 'string',
                description:
                  'Masked private key, returned later by `getSshKeys`.',
              },
            },
          },
        },
        output: {
          encoding: 'application/json',
          description: 'Always `{}`.',
          schema: {
            type: 'object',
            properties: {},
          },
        },
      },
    },
  },
  IoPocketenvSandboxPutTailscaleAuthKey: {
    lexicon: 1,
    id: 'io.pocketenv.sandbox.putTailscaleAuthKey',
    defs: {
      main: {
        type: 'procedure',
        description: 'Store the Tailscale auth key of a sandbox. Answers `{}`.',
        input: {
          encoding: 'application/json',
          schema: {
            type: 'object',
            required: ['id', 'authKey'],
            properties: {
              id: {
                type: 'string',
                description: 'Internal id (`sbx_…`) of the sandbox.',
              },
              authKey: {
                type: 'string',
                description:
                  'The auth key (`tskey-auth-…`), sealed with the server public key.',
              },
              redacted: {
                type: 'string',
                description:
                  'Masked auth key, returned later by `getTailscaleAuthKey`.',
              },
            },
          },
        },
        output: {
          encoding: 'application/json',
          description: 'Always `{}`.',
          schema: {
            type: 'object',
            properties: {},
          },
        },
      },
    },
  },
  IoPocketenvSandboxRestoreBackup: {
    lexicon: 1,
    id: 'io.pocketenv.sandbox.restoreBackup',
    defs: {
      main: {
        type: 'procedure',
        description:
          'Write a backup back into its sandbox. Only Cloudflare sandboxes support it. Answers an empty body.',
        input: {
          encoding: 'application/json',
          schema: {
            type: 'object',
            required: ['backupId'],
            properties: {
              backupId: {
                type: 'string',
                description: 'Identifier of the backup, from `getBackups`.',
              },
            },
          },
        },
      },
    },
  },
  IoPocketenvSandboxStartSandbox: {
    lexicon: 1,
    id: 'io.pocketenv.sandbox.startSandbox',
    defs: {
      main: {
        type: 'procedure',
        description:
          'Start a sandbox. A body is required, even an empty `{}`. Answers `{}`: read the new state with `getSandbox`.',
        parameters: {
          type: 'params',
          required: ['id'],
          properties: {
            id: {
              type: 'string',
              minLength: 1,
              description: 'Id or name of the sandbox.',
            },
          },
        },
        input: {
          encoding: 'application/json',
          schema: {
            type: 'object',
            properties: {
              repo: {
                type: 'string',
                description:
                  'Git repository to clone before the sandbox starts.',
              },
              keepAlive: {
                type: 'boolean',
                description: 'Keep the sandbox running when it is idle.',
              },
            },
          },
        },
        output: {
          encoding: 'application/json',
          description: 'Always `{}`.',
          schema: {
            type: 'object',
            properties: {},
          },
        },
        errors: [
          {
            name: 'SandboxNotFound',
            description:
              'No sandbox of the caller (or, without a token, no unowned sandbox) matches `id`.',
          },
        ],
      },
    },
  },
  IoPocketenvSandboxStopSandbox: {
    lexicon: 1,
    id: 'io.pocketenv.sandbox.stopSandbox',
    defs: {
      main: {
        type: 'procedure',
        description: 'Stop a sandbox. Send no body. Answers `{}`.',
        parameters: {
          type: 'params',
          required: ['id'],
          properties: {
            id: {
              type: 'string',
              minLength: 1,
              description: 'Id or name of the sandbox.',
            },
          },
        },
        output: {
          encoding: 'application/json',
          description: 'Always `{}`.',
          schema: {
            type: 'object',
            properties: {},
          },
        },
        errors: [
          {
            name: 'SandboxNotFound',
            description:
              'No sandbox of the caller (or, without a token, no unowned sandbox) matches `id`.',
          },
        ],
      },
    },
  },
  IoPocketenvSandboxUnexposePort: {
    lexicon: 1,
    id: 'io.pocketenv.sandbox.unexposePort',
    defs: {
      main: {
        type: 'procedure',
        description:
          'Stop exposing a port. Succeeds with an empty body even when the port was not exposed.',
        parameters: {
          type: 'params',
          required: ['id'],
          properties: {
            id: {
              type: 'string',
              minLength: 1,
              description:
                'The sandbox to act on: its id (`sbx_…`), its name, or its at:// URI.',
            },
          },
        },
        input: {
          encoding: 'application/json',
          schema: {
            type: 'object',
            required: ['port'],
            properties: {
              port: {
                type: 'integer',
                minimum: 1024,
                maximum: 65535,
                description: 'The port to close; 1024 closes VS Code.',
              },
            },
          },
        },
        errors: [
          {
            name: 'AgentCreationError',
            description:
              'The caller has no stored ATProto session on the server, so it cannot write the matching record. Answered with status 500 after about five seconds.',
          },
        ],
      },
    },
  },
  IoPocketenvSecretAddSecret: {
    lexicon: 1,
    id: 'io.pocketenv.secret.addSecret',
    defs: {
      main: {
        type: 'procedure',
        description: 'Store a secret. Answers an empty body.',
        input: {
          encoding: 'application/json',
          schema: {
            type: 'object',
            required: ['secret'],
            properties: {
              secret: {
                type: 'ref',
                ref: 'lex:io.pocketenv.secret.defs#secret',
              },
              redacted: {
                type: 'string',
                description: 'Masked value, kept for display.',
              },
            },
          },
        },
        errors: [
          {
            name: 'AgentCreationError',
            description:
              'The caller has no stored ATProto session on the server, so it cannot write the matching record. Answered with status 500 after about five seconds.',
          },
        ],
      },
    },
  },
  IoPocketenvSecretDefs: {
    lexicon: 1,
    id: 'io.pocketenv.secret.defs',
    description: 'Shapes shared by the secret methods.',
    defs: {
      secret: {
        type: 'object',
        description: 'A secret to store for a sandbox.',
        required: ['name', 'value'],
        properties: {
          sandboxId: {
            type: 'string',
            description:
              'Internal id (`sbx_…`) of the sandbox. A name does not work here, and a secret stored without it never shows up in a listing.',
          },
          name: {
            type: 'string',
            description: 'Name of the environment variable the secret becomes.',
          },
          value: {
            type: 'string',
            description:
              'The value, sealed with the server public key and encoded as unpadded base64url.',
          },
        },
      },
      secretView: {
        type: 'object',
        description: 'A stored secret. Its value is never returned.',
        properties: {
          id: {
            type: 'string',
            description: 'Identifier of the secret.',
          },
          name: {
            type: 'string',
            description: 'Name of the secret.',
          },
          createdAt: {
            type: 'string',
            format: 'datetime',
            description: 'When the secret was stored.',
          },
        },
      },
    },
  },
  IoPocketenvSecretDeleteSecret: {
    lexicon: 1,
    id: 'io.pocketenv.secret.deleteSecret',
    defs: {
      main: {
        type: 'procedure',
        description: 'Remove a secret. Send no body. Answers an empty body.',
        parameters: {
          type: 'params',
          required: ['id'],
          properties: {
            id: {
              type: 'string',
              minLength: 1,
              description: 'Identifier of the secret.',
            },
          },
        },
        errors: [
          {
            name: 'AgentCreationError',
            description:
              'The caller has no stored ATProto session on the server, so it cannot write the matching record. Answered with status 500 after about five seconds.',
          },
        ],
      },
    },
  },
  IoPocketenvSecretGetSecret: {
    lexicon: 1,
    id: 'io.pocketenv.secret.getSecret',
    defs: {
      main: {
        type: 'query',
        description:
          'Get one secret of the caller. An unknown id is answered with `{}`.',
        parameters: {
          type: 'params',
          required: ['id'],
          properties: {
            id: {
              type: 'string',
              minLength: 1,
              description: 'Identifier of the secret.',
            },
          },
        },
        output: {
          encoding: 'application/json',
          schema: {
            type: 'object',
            properties: {
              secret: {
                type: 'ref',
                ref: 'lex:io.pocketenv.secret.defs#secretView',
                description: 'The secret; absent when there is none.',
              },
            },
          },
        },
      },
    },
  },
  IoPocketenvSecretGetSecrets: {
    lexicon: 1,
    id: 'io.pocketenv.secret.getSecrets',
    defs: {
      main: {
        type: 'query',
        description:
          'List the secrets of the caller, one page at a time. When the server fails it answers `{"sandboxes": []}`, so `secrets` may be missing.',
        parameters: {
          type: 'params',
          properties: {
            sandboxId: {
              type: 'string',
              description:
                'Only secrets of this sandbox; internal id (`sbx_…`) only.',
            },
            limit: {
              type: 'integer',
              minimum: 1,
              default: 20,
              description:
                'How many items to return at most. The server applies 20 when it is left out and has no upper bound.',
            },
            offset: {
              type: 'integer',
              minimum: 0,
              default: 0,
              description:
                'How many items to skip before the first one returned.',
            },
          },
        },
        output: {
          encoding: 'application/json',
          schema: {
            type: 'object',
            properties: {
              secrets: {
                type: 'array',
                items: {
                  type: 'ref',
                  ref: 'lex:io.pocketenv.secret.defs#secretView',
                },
              },
              total: {
                type: 'integer',
                minimum: 0,
                description:
                  'How many secrets match, across all pages. Missing when the server failed to count them.',
              },
            },
          },
        },
      },
    },
  },
  IoPocketenvSecretUpdateSecret: {
    lexicon: 1,
    id: 'io.pocketenv.secret.updateSecret',
    defs: {
      main: {
        type: 'procedure',
        description: 'Change a secret. Answers an empty body.',
        input: {
          encoding: 'application/json',
          schema: {
            type: 'object',
            required: ['id', 'secret'],
            properties: {
              id: {
                type: 'string',
                description: 'Identifier of the secret.',
              },
              secret: {
                type: 'ref',
                ref: 'lex:io.pocketenv.secret.defs#secret',
              },
              redacted: {
                type: 'string',
                description: 'Masked value, kept for display.',
              },
            },
          },
        },
        errors: [
          {
            name: 'AgentCreationError',
            description:
              'The caller has no stored ATProto session on the server, so it cannot write the matching record. Answered with status 500 after about five seconds.',
          },
        ],
      },
    },
  },
  IoPocketenvServiceAddService: {
    lexicon: 1,
    id: 'io.pocketenv.service.addService',
    defs: {
      main: {
        type: 'procedure',
        description:
          'Add a service to a sandbox; it starts at once when the sandbox is running. Answers an empty body.',
        parameters: {
          type: 'params',
          required: ['sandboxId'],
          properties: {
            sandboxId: {
              type: 'string',
              minLength: 1,
              description:
                'The sandbox to act on: its id (`sbx_…`), its name, or its at:// URI.',
            },
          },
        },
        input: {
          encoding: 'application/json',
          schema: {
            type: 'object',
            required: ['service'],
            properties: {
              service: {
                type: 'ref',
                ref: 'lex:io.pocketenv.service.defs#service',
              },
            },
          },
        },
      },
    },
  },
  IoPocketenvServiceDefs: {
    lexicon: 1,
    id: 'io.pocketenv.service.defs',
    description: 'Shapes shared by the service methods.',
    defs: {
      service: {
        type: 'object',
        description: 'A long-running process of a sandbox.',
        required: ['name', 'command'],
        properties: {
          name: {
            type: 'string',
            description: 'Name of the service, unique within its sandbox.',
          },
          command: {
            type: 'string',
            description: 'Shell command that runs the service.',
          },
          description: {
            type: 'string',
            description: 'Free text about the service.',
          },
          ports: {
            type: 'array',
            items: {
              type: 'integer',
            },
            description:
              'Ports the service listens on; they are exposed when the service starts.',
          },
        },
      },
      serviceView: {
        type: 'object',
        description:
          'A service as the server lists it. Its ports are not returned.',
        nullable: ['description'],
        properties: {
          id: {
            type: 'string',
            description: 'Identifier of the service.',
          },
          name: {
            type: 'string',
            description: 'What the service is called.',
          },
          command: {
            type: 'string',
            description: 'Shell command that runs the service.',
          },
          description: {
            type: 'string',
            description: 'Free text about the service.',
          },
          status: {
            type: 'string',
            knownValues: ['RUNNING', 'STOPPED'],
            description: 'Whether the service runs.',
          },
          createdAt: {
            type: 'string',
            format: 'datetime',
            description: 'When the service was added.',
          },
        },
      },
    },
  },
  IoPocketenvServiceDeleteService: {
    lexicon: 1,
    id: 'io.pocketenv.service.deleteService',
    defs: {
      main: {
        type: 'procedure',
        description:
          'Stop and remove a service. Send no body. Answers an empty body.',
        parameters: {
          type: 'params',
          required: ['serviceId'],
          properties: {
            serviceId: {
              type: 'string',
              minLength: 1,
              description: 'Identifier of the service.',
            },
          },
        },
      },
    },
  },
  IoPocketenvServiceGetServices: {
    lexicon: 1,
    id: 'io.pocketenv.service.getServices',
    defs: {
      main: {
        type: 'query',
        description: 'List every service of a sandbox (no paging).',
        parameters: {
          type: 'params',
          required: ['sandboxId'],
          properties: {
            sandboxId: {
              type: 'string',
              minLength: 1,
              description:
                'The sandbox to act on: its id (`sbx_…`), its name, or its at:// URI.',
            },
          },
        },
        output: {
          encoding: 'application/json',
          schema: {
            type: 'object',
            required: ['services'],
            properties: {
              services: {
                type: 'array',
                items: {
                  type: 'ref',
                  ref: 'lex:io.pocketenv.service.defs#serviceView',
                },
              },
            },
          },
        },
      },
    },
  },
  IoPocketenvServiceRestartService: {
    lexicon: 1,
    id: 'io.pocketenv.service.restartService',
    defs: {
      main: {
        type: 'procedure',
        description:
          'Stop and start a service again. Send no body. Answers an empty body.',
        parameters: {
          type: 'params',
          required: ['serviceId'],
          properties: {
            serviceId: {
              type: 'string',
              minLength: 1,
              description: 'Identifier of the service.',
            },
          },
        },
      },
    },
  },
  IoPocketenvServiceStartService: {
    lexicon: 1,
    id: 'io.pocketenv.service.startService',
    defs: {
      main: {
        type: 'procedure',
        description:
          'Start a service; nothing happens when it already runs. Send no body. Answers an empty body.',
        parameters: {
          type: 'params',
          required: ['serviceId'],
          properties: {
            serviceId: {
              type: 'string',
              minLength: 1,
              description: 'Identifier of the service.',
            },
          },
        },
      },
    },
  },
  IoPocketenvServiceStopService: {
    lexicon: 1,
    id: 'io.pocketenv.service.stopService',
    defs: {
      main: {
        type: 'procedure',
        description:
          'Stop a service; nothing happens when it is already stopped. Send no body. Answers an empty body.',
        parameters: {
          type: 'params',
          required: ['serviceId'],
          properties: {
            serviceId: {
              type: 'string',
              minLength: 1,
              description: 'Identifier of the service.',
            },
          },
        },
      },
    },
  },
  IoPocketenvServiceUpdateService: {
    lexicon: 1,
    id: 'io.pocketenv.service.updateService',
    defs: {
      main: {
        type: 'procedure',
        description:
          'Change a service without restarting it. Answers an empty body.',
        parameters: {
          type: 'params',
          required: ['serviceId'],
          properties: {
            serviceId: {
              type: 'string',
              minLength: 1,
              description: 'Identifier of the service.',
            },
          },
        },
        input: {
          encoding: 'application/json',
          schema: {
            type: 'object',
            required: ['service'],
            properties: {
              service: {
                type: 'ref',
                ref: 'lex:io.pocketenv.service.defs#service',
              },
            },
          },
        },
      },
    },
  },
  IoPocketenvVariableAddVariable: {
    lexicon: 1,
    id: 'io.pocketenv.variable.addVariable',
    defs: {
      main: {
        type: 'procedure',
        description: 'Store a variable. Answers an empty body.',
        input: {
          encoding: 'application/json',
          schema: {
            type: 'object',
            required: ['variable'],
            properties: {
              variable: {
                type: 'ref',
                ref: 'lex:io.pocketenv.variable.defs#variable',
              },
            },
          },
        },
        errors: [
          {
            name: 'AgentCreationError',
            description:
              'The caller has no stored ATProto session on the server, so it cannot write the matching record. Answered with status 500 after about five seconds.',
          },
        ],
      },
    },
  },
  IoPocketenvVariableDefs: {
    lexicon: 1,
    id: 'io.pocketenv.variable.defs',
    description: 'Shapes shared by the variable methods.',
    defs: {
      variable: {
        type: 'object',
        description: 'An environment variable to set in a sandbox.',
        required: ['name', 'value'],
        properties: {
          sandboxId: {
            type: 'string',
            description:
              'Internal id (`sbx_…`) of the sandbox. A name does not work here, and a variable stored without it never shows up in a listing.',
          },
          name: {
            type: 'string',
            description: 'Name of the environment variable.',
          },
          value: {
            type: 'string',
            description: 'Value of the variable, stored and returned in clear.',
          },
        },
      },
      variableView: {
        type: 'object',
        description: 'A stored environment variable.',
        properties: {
          id: {
            type: 'string',
            description: 'Identifier of the variable (`var_…`).',
          },
          name: {
            type: 'string',
            description: 'Name of the variable.',
          },
          value: {
            type: 'string',
            description: 'Value of the variable.',
          },
          createdAt: {
            type: 'string',
            format: 'datetime',
            description: 'When the variable was stored.',
          },
          updatedAt: {
            type: 'string',
            format: 'datetime',
            description: 'When the variable was last changed.',
          },
        },
      },
    },
  },
  IoPocketenvVariableDeleteVariable: {
    lexicon: 1,
    id: 'io.pocketenv.variable.deleteVariable',
    defs: {
      main: {
        type: 'procedure',
        description: 'Remove a variable. Send no body. Answers an empty body.',
        parameters: {
          type: 'params',
          required: ['id'],
          properties: {
            id: {
              type: 'string',
              minLength: 1,
              description: 'Identifier of the variable.',
            },
          },
        },
        errors: [
          {
            name: 'AgentCreationError',
            description:
              'The caller has no stored ATProto session on the server, so it cannot write the matching record. Answered with status 500 after about five seconds.',
          },
        ],
      },
    },
  },
  IoPocketenvVariableGetVariable: {
    lexicon: 1,
    id: 'io.pocketenv.variable.getVariable',
    defs: {
      main: {
        type: 'query',
        description:
          'Get one variable of the caller. An unknown id is answered with `{}`.',
        parameters: {
          type: 'params',
          required: ['id'],
          properties: {
            id: {
              type: 'string',
              minLength: 1,
              description: 'Identifier of the variable.',
            },
          },
        },
        output: {
          encoding: 'application/json',
          schema: {
            type: 'object',
            properties: {
              variable: {
                type: 'ref',
                ref: 'lex:io.pocketenv.variable.defs#variableView',
                description: 'The variable; absent when there is none.',
              },
            },
          },
        },
      },
    },
  },
  IoPocketenvVariableGetVariables: {
    lexicon: 1,
    id: 'io.pocketenv.variable.getVariables',
    defs: {
      main: {
        type: 'query',
        description: 'List the variables of the caller, one page at a time.',
        parameters: {
          type: 'params',
          properties: {
            sandboxId: {
              type: 'string',
              description:
                'Only variables of this sandbox; internal id (`sbx_…`) only.',
            },
            limit: {
              type: 'integer',
              minimum: 1,
              default: 20,
              description:
                'How many items to return at most. The server applies 20 when it is left out and has no upper bound.',
            },
            offset: {
              type: 'integer',
              minimum: 0,
              default: 0,
              description:
                'How many items to skip before the first one returned.',
            },
          },
        },
        output: {
          encoding: 'application/json',
          schema: {
            type: 'object',
            required: ['variables'],
            properties: {
              variables: {
                type: 'array',
                items: {
                  type: 'ref',
                  ref: 'lex:io.pocketenv.variable.defs#variableView',
                },
              },
              total: {
                type: 'integer',
                minimum: 0,
                description:
                  'How many variables match, across all pages. Missing when the server failed to count them.',
              },
            },
          },
        },
      },
    },
  },
  IoPocketenvVariableUpdateVariable: {
    lexicon: 1,
    id: 'io.pocketenv.variable.updateVariable',
    defs: {
      main: {
        type: 'procedure',
        description: 'Change a variable. Answers an empty body.',
        input: {
          encoding: 'application/json',
          schema: {
            type: 'object',
            required: ['id', 'variable'],
            properties: {
              id: {
                type: 'string',
                description: 'Identifier of the variable.',
              },
              variable: {
                type: 'ref',
                ref: 'lex:io.pocketenv.variable.defs#variable',
              },
            },
          },
        },
        errors: [
          {
            name: 'AgentCreationError',
            description:
              'The caller has no stored ATProto session on the server, so it cannot write the matching record. Answered with status 500 after about five seconds.',
          },
        ],
      },
    },
  },
  IoPocketenvVolumeAddVolume: {
    lexicon: 1,
    id: 'io.pocketenv.volume.addVolume',
    defs: {
      main: {
        type: 'procedure',
        description:
          'Create a 20 GB volume, attached to a sandbox when both `sandboxId` and `path` are given. Answers an empty body.',
        input: {
          encoding: 'application/json',
          schema: {
            type: 'object',
            required: ['volume'],
            properties: {
              volume: {
                type: 'ref',
                ref: 'lex:io.pocketenv.volume.defs#volume',
              },
            },
          },
        },
        errors: [
          {
            name: 'AgentCreationError',
            description:
              'The caller has no stored ATProto session on the server, so it cannot write the matching record. Answered with status 500 after about five seconds.',
          },
        ],
      },
    },
  },
  IoPocketenvVolumeDefs: {
    lexicon: 1,
    id: 'io.pocketenv.volume.defs',
    description: 'Shapes shared by the volume methods.',
    defs: {
      volume: {
        type: 'object',
        description: 'A persistent volume to create or change.',
        required: ['name'],
        properties: {
          sandboxId: {
            type: 'string',
            description:
              'The sandbox (id or name) to attach the volume to. The volume is attached only when `path` is given too.',
          },
          name: {
            type: 'string',
            description: 'Name of the volume.',
          },
          path: {
            type: 'string',
            description: 'Mount point in the sandbox, such as `/data`.',
          },
          readOnly: {
            type: 'boolean',
            description:
              'Accepted and ignored: the server neither stores nor applies it.',
          },
        },
      },
      volumeView: {
        type: 'object',
        description: 'A volume attached to a sandbox.',
        nullable: ['name'],
        properties: {
          id: {
            type: 'string',
            description:
              'Identifier of the attachment of the volume to the sandbox.',
          },
          name: {
            type: 'string',
            description: 'Name of the volume.',
          },
          path: {
            type: 'string',
            description: 'Mount point in the sandbox.',
          },
          createdAt: {
            type: 'string',
            format: 'datetime',
            description: 'When the volume was attached.',
          },
          updatedAt: {
            type: 'string',
            format: 'datetime',
            description: 'When the attachment last changed.',
          },
        },
      },
    },
  },
  IoPocketenvVolumeDeleteVolume: {
    lexicon: 1,
    id: 'io.pocketenv.volume.deleteVolume',
    defs: {
      main: {
        type: 'procedure',
        description:
          'Remove a volume. Send no body. Succeeds with an empty body even when nothing matched.',
        parameters: {
          type: 'params',
          required: ['id'],
          properties: {
            id: {
              type: 'string',
              minLength: 1,
              description: 'Identifier of the volume attachment.',
            },
          },
        },
        errors: [
          {
            name: 'AgentCreationError',
            description:
              'The caller has no stored ATProto session on the server, so it cannot write the matching record. Answered with status 500 after about five seconds.',
          },
        ],
      },
    },
  },
  IoPocketenvVolumeGetVolume: {
    lexicon: 1,
    id: 'io.pocketenv.volume.getVolume',
    defs: {
      main: {
        type: 'query',
        description:
          'Get one volume of the caller. An unknown id is answered with `{}`.',
        parameters: {
          type: 'params',
          required: ['id'],
          properties: {
            id: {
              type: 'string',
              minLength: 1,
              description: 'Identifier of the volume attachment.',
            },
          },
        },
        output: {
          encoding: 'application/json',
          schema: {
            type: 'object',
            properties: {
              volume: {
                type: 'ref',
                ref: 'lex:io.pocketenv.volume.defs#volumeView',
                description: 'The volume; absent when there is none.',
              },
            },
          },
        },
      },
    },
  },
  IoPocketenvVolumeGetVolumes: {
    lexicon: 1,
    id: 'io.pocketenv.volume.getVolumes',
    defs: {
      main: {
        type: 'query',
        description: 'List the volumes of the caller, one page at a time.',
        parameters: {
          type: 'params',
          properties: {
            sandboxId: {
              type: 'string',
              description: 'Only volumes of this sandbox (id or name).',
            },
            limit: {
              type: 'integer',
              minimum: 1,
              default: 20,
              description:
                'How many items to return at most. The server applies 20 when it is left out and has no upper bound.',
            },
            offset: {
              type: 'integer',
              minimum: 0,
              default: 0,
              description:
                'How many items to skip before the first one returned.',
            },
          },
        },
        output: {
          encoding: 'application/json',
          schema: {
            type: 'object',
            required: ['volumes'],
            properties: {
              volumes: {
                type: 'array',
                items: {
                  type: 'ref',
                  ref: 'lex:io.pocketenv.volume.defs#volumeView',
                },
              },
              total: {
                type: 'integer',
                minimum: 0,
                description:
                  'How many volumes match, across all pages. Missing when the server failed to count them.',
              },
            },
          },
        },
      },
    },
  },
  IoPocketenvVolumeUpdateVolume: {
    lexicon: 1,
    id: 'io.pocketenv.volume.updateVolume',
    defs: {
      main: {
        type: 'procedure',
        description: 'Change a volume. Answers an empty body.',
        input: {
          encoding: 'application/json',
          schema: {
            type: 'object',
            required: ['id', 'volume'],
            properties: {
              id: {
                type: 'string',
                description: 'Identifier of the volume attachment.',
              },
              volume: {
                type: 'ref',
                ref: 'lex:io.pocketenv.volume.defs#volume',
              },
            },
          },
        },
        errors: [
          {
            name: 'AgentCreationError',
            description:
              'The caller has no stored ATProto session on the server, so it cannot write the matching record. Answered with status 500 after about five seconds.',
          },
        ],
      },
    },
  },
} as const satisfies Record<string, LexiconDoc>
export const schemas = Object.values(schemaDict) satisfies LexiconDoc[]
export const lexicons: Lexicons = new Lexicons(schemas)

export function validate<T extends { $type: string }>(
  v: unknown,
  id: string,
  hash: string,
  requiredType: true,
): ValidationResult<T>
export function validate<T extends { $type?: string }>(
  v: unknown,
  id: string,
  hash: string,
  requiredType?: false,
): ValidationResult<T>
export function validate(
  v: unknown,
  id: string,
  hash: string,
  requiredType?: boolean,
): ValidationResult {
  return (requiredType ? is$typed : maybe$typed)(v, id, hash)
    ? lexicons.validate(`${id}#${hash}`, v)
    : {
        success: false,
        error: new ValidationError(
          `Must be an object with "${hash === 'main' ? id : `${id}#${hash}`}" $type property`,
        ),
      }
}

export const ids = {
  IoPocketenvActorDefs: 'io.pocketenv.actor.defs',
  IoPocketenvActorGetActorSandboxes: 'io.pocketenv.actor.getActorSandboxes',
  IoPocketenvActorGetProfile: 'io.pocketenv.actor.getProfile',
  IoPocketenvActorGetTerminalToken: 'io.pocketenv.actor.getTerminalToken',
  IoPocketenvFileAddFile: 'io.pocketenv.file.addFile',
  IoPocketenvFileDefs: 'io.pocketenv.file.defs',
  IoPocketenvFileDeleteFile: 'io.pocketenv.file.deleteFile',
  IoPocketenvFileGetFile: 'io.pocketenv.file.getFile',
  IoPocketenvFileGetFiles: 'io.pocketenv.file.getFiles',
  IoPocketenvFileUpdateFile: 'io.pocketenv.file.updateFile',
  IoPocketenvPortDefs: 'io.pocketenv.port.defs',
  IoPocketenvSandboxClaimSandbox: 'io.pocketenv.sandbox.claimSandbox',
  IoPocketenvSandboxCreateBackup: 'io.pocketenv.sandbox.createBackup',
  IoPocketenvSandboxCreateIntegration: 'io.pocketenv.sandbox.createIntegration',
  IoPocketenvSandboxCreateSandbox: 'io.pocketenv.sandbox.createSandbox',
  IoPocketenvSandboxDefs: 'io.pocketenv.sandbox.defs',
  IoPocketenvSandboxDeleteSandbox: 'io.pocketenv.sandbox.deleteSandbox',
  IoPocketenvSandboxExec: 'io.pocketenv.sandbox.exec',
  IoPocketenvSandboxExposePort: 'io.pocketenv.sandbox.exposePort',
  IoPocketenvSandboxExposeVscode: 'io.pocketenv.sandbox.exposeVscode',
  IoPocketenvSandboxGetBackups: 'io.pocketenv.sandbox.getBackups',
  IoPocketenvSandboxGetExposedPorts: 'io.pocketenv.sandbox.getExposedPorts',
  IoPocketenvSandboxGetIntegrations: 'io.pocketenv.sandbox.getIntegrations',
  IoPocketenvSandboxGetPreferences: 'io.pocketenv.sandbox.getPreferences',
  IoPocketenvSandboxGetSandbox: 'io.pocketenv.sandbox.getSandbox',
  IoPocketenvSandboxGetSandboxes: 'io.pocketenv.sandbox.getSandboxes',
  IoPocketenvSandboxGetSshKeys: 'io.pocketenv.sandbox.getSshKeys',
  IoPocketenvSandboxGetTailscaleAuthKey:
    'io.pocketenv.sandbox.getTailscaleAuthKey',
  IoPocketenvSandboxPullDirectory: 'io.pocketenv.sandbox.pullDirectory',
  IoPocketenvSandboxPushDirectory: 'io.pocketenv.sandbox.pushDirectory',
  IoPocketenvSandboxPutPreferences: 'io.pocketenv.sandbox.putPreferences',
  IoPocketenvSandboxPutSshKeys: 'io.pocketenv.sandbox.putSshKeys',
  IoPocketenvSandboxPutTailscaleAuthKey:
    'io.pocketenv.sandbox.putTailscaleAuthKey',
  IoPocketenvSandboxRestoreBackup: 'io.pocketenv.sandbox.restoreBackup',
  IoPocketenvSandboxStartSandbox: 'io.pocketenv.sandbox.startSandbox',
  IoPocketenvSandboxStopSandbox: 'io.pocketenv.sandbox.stopSandbox',
  IoPocketenvSandboxUnexposePort: 'io.pocketenv.sandbox.unexposePort',
  IoPocketenvSecretAddSecret: 'io.pocketenv.secret.addSecret',
  IoPocketenvSecretDefs: 'io.pocketenv.secret.defs',
  IoPocketenvSecretDeleteSecret: 'io.pocketenv.secret.deleteSecret',
  IoPocketenvSecretGetSecret: 'io.pocketenv.secret.getSecret',
  IoPocketenvSecretGetSecrets: 'io.pocketenv.secret.getSecrets',
  IoPocketenvSecretUpdateSecret: 'io.pocketenv.secret.updateSecret',
  IoPocketenvServiceAddService: 'io.pocketenv.service.addService',
  IoPocketenvServiceDefs: 'io.pocketenv.service.defs',
  IoPocketenvServiceDeleteService: 'io.pocketenv.service.deleteService',
  IoPocketenvServiceGetServices: 'io.pocketenv.service.getServices',
  IoPocketenvServiceRestartService: 'io.pocketenv.service.restartService',
  IoPocketenvServiceStartService: 'io.pocketenv.service.startService',
  IoPocketenvServiceStopService: 'io.pocketenv.service.stopService',
  IoPocketenvServiceUpdateService: 'io.pocketenv.service.updateService',
  IoPocketenvVariableAddVariable: 'io.pocketenv.variable.addVariable',
  IoPocketenvVariableDefs: 'io.pocketenv.variable.defs',
  IoPocketenvVariableDeleteVariable: 'io.pocketenv.variable.deleteVariable',
  IoPocketenvVariableGetVariable: 'io.pocketenv.variable.getVariable',
  IoPocketenvVariableGetVariables: 'io.pocketenv.variable.getVariables',
  IoPocketenvVariableUpdateVariable: 'io.pocketenv.variable.updateVariable',
  IoPocketenvVolumeAddVolume: 'io.pocketenv.volume.addVolume',
  IoPocketenvVolumeDefs: 'io.pocketenv.volume.defs',
  IoPocketenvVolumeDeleteVolume: 'io.pocketenv.volume.deleteVolume',
  IoPocketenvVolumeGetVolume: 'io.pocketenv.volume.getVolume',
  IoPocketenvVolumeGetVolumes: 'io.pocketenv.volume.getVolumes',
  IoPocketenvVolumeUpdateVolume: 'io.pocketenv.volume.updateVolume',
} as const

/**
 * `pocketenv`: the TypeScript SDK for Pocketenv cloud sandboxes.
 *
 * Start with {@link Pocketenv}; every sandbox is a {@link Sandbox}; every
 * failure is a {@link PocketenvError}.
 *
 * @packageDocumentation
 */
export { Pocketenv } from './highlevel/pocketenv.js'
export { Sandbox, VSCODE_PORT } from './highlevel/sandbox.js'
export type { ExposeOptions, SandboxLike, StartOptions, WaitOptions } from './highlevel/sandbox.js'
export { SandboxPromise } from './highlevel/sandbox-promise.js'
export type { SandboxData, SandboxStatus } from './highlevel/sandbox-data.js'
export type { ExecResult } from './highlevel/exec-result.js'
export type { Port } from './highlevel/port.js'
export type { Profile } from './highlevel/profile.js'
export { DEFAULT_BASE, DEFAULT_PROVIDER } from './highlevel/create-sandbox.js'
export type { CreateSandboxOptions, SandboxProvider } from './highlevel/create-sandbox.js'
export type { ActorListOptions, ListOptions, SandboxPage } from './highlevel/sandbox-lists.js'
export { DEFAULT_API_URL } from './highlevel/config.js'
export type { CallOptions, PocketenvOptions, ResponseValidation } from './highlevel/config.js'
export type { Logger, LogLevel } from './highlevel/logger.js'
export {
  AbortError,
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConnectionError,
  InvalidResponseError,
  NotFoundError,
  PocketenvError,
  RateLimitError,
  ServerError,
  TimeoutError,
  ValidationError,
  WaitTimeoutError,
} from './highlevel/errors.js'
export type { ResponseHeaders } from './highlevel/errors.js'
export { PocketenvXrpcClient } from './highlevel/xrpc-client.js'
export type { XrpcCallOptions } from './highlevel/xrpc-client.js'
export { PathClient } from './highlevel/path-client.js'
export type { BodyOf, PathCallOptions, ProcedurePath, QueryPath, ResultOf } from './highlevel/path-client.js'
export type { paths as PocketenvPaths } from './generated/openapi.js'

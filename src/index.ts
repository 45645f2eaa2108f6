/**
 * The public entry of the `pocketenv` package.
 *
 * @packageDocumentation
 */
export { AtpBaseClient as PocketenvXrpcClient } from './generated/xrpc/index.js'

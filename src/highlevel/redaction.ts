/**
 * The masked forms the SDK sends next to sealed values (`redacted`,
 * `redactedDaytonaApiKey`, …). The server stores them and shows them back,
 * so they must identify a value without revealing it.
 *
 * The rules follow the Pocketenv CLI and SDKs, with one change: where those
 * send a short or unrecognised value as it is (a key of 14 characters or
 * less, a private key that is not an OpenSSH key), these mask it completely.
 * A masked form never contains the value in clear.
 */

const STARS_FOR_SHORT = 8

/**
 * Provider credentials (the CLI's rule): the first 11 and the last 3
 * characters around 24 stars; all stars for 14 characters or less.
 */
export function redactCredential(value: string): string {
  if (value.length <= 14) return '*'.repeat(STARS_FOR_SHORT)
  return `${value.slice(0, 11)}${'*'.repeat(24)}${value.slice(-3)}`
}

/**
 * Tailscale auth keys: the first 11 characters (`tskey-auth-`) and the last
 * 3, with one star for each character in between.
 */
export function redactTailscaleKey(key: string): string {
  if (key.length <= 14) return '*'.repeat(STARS_FOR_SHORT)
  return `${key.slice(0, 11)}${'*'.repeat(key.length - 14)}${key.slice(-3)}`
}

/**
 * Secret values: at most the first 3 and the last 2 characters, and only for
 * values of 16 characters or more, so at least 11 stay hidden.
 */
export function redactSecret(value: string): string {
  if (value.length < 16) return '*'.repeat(STARS_FOR_SHORT)
  return `${value.slice(0, 3)}${'*'.repeat(STARS_FOR_SHORT)}${value.slice(-2)}`
}

/**
 * Private keys (the SDKs' rule for OpenSSH keys, applied to any PEM key):
 * the armour lines are kept, the first 10 and the last 5 characters of the
 * body are kept, everything else becomes `*`, newlines stay where they were
 * and are then written as the two characters `\n`. A key without PEM armour
 * is masked the same way as a whole.
 */
export function redactPrivateKey(privateKey: string): string {
  const armour = /-----BEGIN ([A-Z0-9 ]+)-----/.exec(privateKey)
  const footer = armour ? `-----END ${armour[1]}-----` : undefined
  const footerIndex = footer ? privateKey.indexOf(footer, armour!.index) : -1
  if (!armour || !footer || footerIndex < 0) return maskBody(privateKey).replace(/\n/g, '\\n')
  const header = armour[0]
  const body = privateKey.slice(armour.index + header.length, footerIndex)
  return `${header}${maskBody(body)}${footer}`.replace(/\n/g, '\\n')
}

/** Keeps newlines, the first 10 and the last 5 other characters; masks the rest (all of it when there are 15 or fewer). */
function maskBody(body: string): string {
  const characters = [...body]
  const visible = characters.flatMap((character, index) => (character === '\n' ? [] : [index]))
  const keep = visible.length > 15 ? new Set([...visible.slice(0, 10), ...visible.slice(-5)]) : new Set<number>()
  return characters.map((character, index) => (character === '\n' || keep.has(index) ? character : '*')).join('')
}

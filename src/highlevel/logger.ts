/**
 * The SDK's logging: a console-shaped {@link Logger}, a {@link LogLevel}
 * filter, and redaction of anything that looks like a credential before a
 * line reaches the logger.
 */
import { readEnvironment } from './environment.js'

/** Anything with console-like methods: `console`, pino, winston… */
export interface Logger {
  /** Receives errors. */
  error(message: string, ...details: unknown[]): void
  /** Receives warnings, such as an answer that does not match the API description. */
  warn(message: string, ...details: unknown[]): void
  /** Receives retries and other notable events. */
  info(message: string, ...details: unknown[]): void
  /** Receives one line per request and answer. */
  debug(message: string, ...details: unknown[]): void
}

/** How much the SDK logs, from nothing to every request. */
export type LogLevel = 'off' | 'error' | 'warn' | 'info' | 'debug'

const LEVELS: Record<LogLevel, number> = { off: 0, error: 1, warn: 2, info: 3, debug: 4 }

/** Replaces every secret and every bearer credential in `text` with `[REDACTED]`. */
export function redact(text: string, secrets: readonly string[] = []): string {
  let result = text.replace(/(bearer\s+)[^\s"',;]+/gi, '$1[REDACTED]')
  for (const secret of secrets) {
    if (secret.length >= 4) result = result.split(secret).join('[REDACTED]')
  }
  return result
}

/** A level-filtered, redacting view of a {@link Logger}. */
export class Log {
  private readonly threshold: number
  private readonly reported = new Set<string>()

  constructor(
    private readonly logger: Logger,
    level: LogLevel,
    private readonly secrets: () => readonly string[] = () => [],
  ) {
    this.threshold = LEVELS[level]
  }

  /** Builds the log of a client from its options. */
  static from(options: { logger?: Logger; logLevel?: LogLevel }, secrets?: () => readonly string[]): Log {
    const fromEnvironment = readEnvironment('POCKETENV_LOG') as LogLevel | undefined
    const level = options.logLevel ?? (fromEnvironment && fromEnvironment in LEVELS ? fromEnvironment : 'warn')
    return new Log(options.logger ?? console, level, secrets)
  }

  /** Whether messages of `level` reach the logger, to skip building them otherwise. */
  enabled(level: Exclude<LogLevel, 'off'>): boolean {
    return LEVELS[level] <= this.threshold
  }

  /** Logs an error. */
  error(message: string): void {
    this.write('error', message)
  }

  /** Logs a warning. */
  warn(message: string): void {
    this.write('warn', message)
  }

  /** Logs a warning the first time `key` is seen, and never again for this client. */
  warnOnce(key: string, message: string): void {
    if (this.reported.has(key)) return
    this.reported.add(key)
    this.write('warn', message)
  }

  /** Logs a notable event. */
  info(message: string): void {
    this.write('info', message)
  }

  /** Logs a request or answer. */
  debug(message: string): void {
    this.write('debug', message)
  }

  private write(level: Exclude<LogLevel, 'off'>, message: string): void {
    if (!this.enabled(level)) return
    this.logger[level](`[pocketenv] ${redact(message, this.secrets())}`)
  }
}

import {
  destination as stdout,
  type DestinationStream,
  pino,
  type Logger,
  stdSerializers,
  stdTimeFunctions,
} from 'pino'

/**
 * The portal's log: JSON lines on stdout (pino, the logger Payload itself uses), one object per
 * event with `time` (ISO), `level` (its name), `pid` and `msg`. LOG_LEVEL picks the least severe
 * level written (`info` by default); an unknown level stops the server at start (server/config.ts).
 * Nothing personal beyond what an access log needs: no query strings, cookies, bodies or
 * user agents, only the client's address on request lines.
 */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const
export type LogLevel = (typeof LOG_LEVELS)[number]

export class LogLevelError extends Error {
  constructor(value: string) {
    super(`LOG_LEVEL is not a level (got "${value}"). Levels: ${LOG_LEVELS.join(', ')}.`)
  }
}

export const logLevel = (env: NodeJS.ProcessEnv = process.env): LogLevel => {
  const value = (env.LOG_LEVEL ?? '').trim().toLowerCase()
  if (!value) return 'info'
  if (!(LOG_LEVELS as readonly string[]).includes(value)) throw new LogLevelError(value)
  return value as LogLevel
}

/** A logger at the environment's level, writing to stdout (or `destination`). */
export const createLogger = (env: NodeJS.ProcessEnv = process.env, destination?: DestinationStream): Logger =>
  pino(
    {
      level: (() => {
        try {
          return logLevel(env)
        } catch {
          // The server refuses a bad level at start; a script or test still logs.
          return 'info'
        }
      })(),
      base: { pid: process.pid },
      timestamp: stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      // Errors with their stack and their `cause`, however deep.
      serializers: { err: stdSerializers.errWithCause },
    },
    destination ?? stdout(1),
  )

/** The process's one logger (the server layer's; Payload gets the same one, payload.config.ts). */
export const log: Logger = createLogger()

import { Writable } from 'node:stream'

import { describe, expect, it } from 'vitest'

import { createLogger, logLevel } from '../../lib/log'
import { serverConfig } from '../../server/config'

const env = (values: Record<string, string>) => values as NodeJS.ProcessEnv

describe('log level', () => {
  it('comes from LOG_LEVEL, info by default; an unknown level is refused at start', () => {
    expect(logLevel(env({}))).toBe('info')
    expect(logLevel(env({ LOG_LEVEL: 'DEBUG' }))).toBe('debug')
    expect(() => logLevel(env({ LOG_LEVEL: 'verbose' }))).toThrow(
      /LOG_LEVEL is not a level \(got "verbose"\)/,
    )
    expect(() => serverConfig(env({ LOG_LEVEL: 'loud', SERVER_URL: 'http://localhost:3000' }))).toThrow(
      /LOG_LEVEL/,
    )
  })

  it('a logger writes JSON lines with time, level name, pid and an error’s cause', () => {
    expect(createLogger(env({ LOG_LEVEL: 'warn' })).level).toBe('warn')
    const lines: string[] = []
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk))
        done()
      },
    })
    const logger = createLogger(env({}), sink)
    logger.error({ err: new Error('outer', { cause: new Error('inner') }), msg: 'failed' })
    const line = JSON.parse(lines[0])
    expect(line).toMatchObject({ level: 'error', pid: process.pid, msg: 'failed' })
    expect(line.time).toMatch(/^\d{4}-\d{2}-\d{2}T/)
    expect(JSON.stringify(line.err)).toContain('inner')
  })
})

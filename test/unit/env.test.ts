import { describe, expect, it } from 'vitest'

import { payloadSecret } from '../../lib/env'

describe('payloadSecret', () => {
  it('uses PAYLOAD_SECRET when set', () => {
    expect(payloadSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: 's3cret' })).toBe('s3cret')
  })

  it('refuses to run in production without one', () => {
    expect(() => payloadSecret({ NODE_ENV: 'production' })).toThrow(/PAYLOAD_SECRET is required/)
  })

  it('lets `next build` through without one (it signs nothing)', () => {
    expect(payloadSecret({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' })).toMatch(/^dev-/)
  })

  it('gives development a random one, never a fixed string', () => {
    expect(payloadSecret({ NODE_ENV: 'development' })).toMatch(/^dev-[0-9a-f-]{36}$/)
  })
})

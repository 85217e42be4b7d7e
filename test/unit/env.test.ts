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

describe('CORS origins', () => {
  it('are the configured origins and the site, nothing else', async () => {
    const { corsOrigins } = await import('../../lib/env')
    expect(corsOrigins({ NODE_ENV: 'test' })).toEqual([])
    expect(
      corsOrigins({
        NODE_ENV: 'test',
        CORS_ORIGINS: 'https://langson.gov.vn, https://baolangson.vn/ ,javascript:alert(1),*',
        SERVER_URL: 'https://ntm.caoloc.example',
      }),
    ).toEqual(['https://langson.gov.vn', 'https://baolangson.vn', 'https://ntm.caoloc.example'])
  })
})

import { describe, expect, it } from 'vitest'

import { publicOrigin } from '../../lib/env'
import { crossSiteWrite } from '../../server/crossSite'

const session = { cookie: 'payload-token=abc', host: 'xa-a.langson.example' }

describe('cross-site writes (server/crossSite.ts)', () => {
  it.each([
    ['a form on another site', 'POST', { ...session, origin: 'https://evil.example' }, true],
    ['a sandboxed frame', 'POST', { ...session, origin: 'null' }, true],
    ['a cross-site request without Origin', 'DELETE', { ...session, 'sec-fetch-site': 'cross-site' }, true],
    ['another site of the install', 'PATCH', { ...session, origin: 'https://xa-b.langson.example' }, true],
    ['the page’s own host', 'POST', { ...session, origin: 'https://xa-a.langson.example' }, false],
    ['the own host, any case', 'POST', { ...session, origin: 'https://XA-A.langson.example' }, false],
    ['a listed partner origin', 'POST', { ...session, origin: 'https://baolangson.vn' }, false],
    ['a read', 'GET', { ...session, origin: 'https://evil.example' }, false],
    ['a write without cookies', 'POST', { host: session.host, origin: 'https://evil.example' }, false],
    ['a client that is not a browser', 'POST', session, false],
  ])('%s → refused: %s', (_, method, headers, refused) => {
    expect(crossSiteWrite(method, headers, ['https://baolangson.vn'])).toBe(refused)
  })
})

describe('the public origin (SERVER_URL)', () => {
  it('is required in production, with one clear message', () => {
    expect(() => publicOrigin({ NODE_ENV: 'production' })).toThrow(/SERVER_URL is required in production/)
    expect(publicOrigin({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' }).origin).toBe(
      'http://localhost:3000',
    )
  })

  it('is the configured origin, refused with a path, credentials or another scheme', () => {
    expect(publicOrigin({ NODE_ENV: 'production', SERVER_URL: 'https://NTM.langson.gov.vn/' }).href).toBe(
      'https://ntm.langson.gov.vn/',
    )
    for (const bad of [
      'ntm.langson.gov.vn',
      'ftp://x.example',
      'https://a:b@x.example',
      'https://x.example/ntm',
    ]) {
      expect(() => publicOrigin({ NODE_ENV: 'production', SERVER_URL: bad }), bad).toThrow(/SERVER_URL/)
    }
  })

  it('is localhost on the port in development', () => {
    expect(publicOrigin({ NODE_ENV: 'development', PORT: '3111' }).origin).toBe('http://localhost:3111')
  })
})

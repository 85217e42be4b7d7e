import { describe, expect, it } from 'vitest'

import { isAnonymous } from '../../server/anonymous'

describe('who may be sent a shared answer (server/anonymous.ts)', () => {
  it('no credentials, no cookie, or only the admin’s language', () => {
    expect(isAnonymous({})).toBe(true)
    expect(isAnonymous({ cookie: '' })).toBe(true)
    expect(isAnonymous({ cookie: 'payload-lng=vi' })).toBe(true)
  })

  it.each([
    'payload-token=abc',
    'payload-token =abc',
    ' payload-token = abc ;',
    'payload-lng=vi; payload-token=abc',
    'payload-lng=vi; payload-lng=en',
    'payload-token',
    '__prerender_bypass=1',
    '_ga=GA1.1.1',
    'PAYLOAD-TOKEN=abc',
  ])('not with the cookie %j', (cookie) => expect(isAnonymous({ cookie })).toBe(false))

  it('not with any Authorization header, even an empty one', () => {
    expect(isAnonymous({ authorization: 'JWT x' })).toBe(false)
    expect(isAnonymous({ authorization: 'partners API-Key x' })).toBe(false)
    expect(isAnonymous({ authorization: '' })).toBe(false)
  })
})

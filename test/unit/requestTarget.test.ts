import { describe, expect, it } from 'vitest'

import { parseRequestTarget } from '../../server/requestTarget'

describe('request targets (server/requestTarget.ts)', () => {
  it('decodes a path once', () => {
    expect(parseRequestTarget('/tin-tuc/%C4%91uong?q=1', 'GET')).toEqual({
      ok: true,
      target: { pathname: '/tin-tuc/đuong', search: '?q=1' },
    })
    expect(parseRequestTarget('/', 'GET')).toEqual({ ok: true, target: { pathname: '/', search: '' } })
    // A trailing slash is Next's to redirect.
    expect(parseRequestTarget('/xa/', 'GET')).toEqual({ ok: true, target: { pathname: '/xa/', search: '' } })
  })

  it.each([
    '/a/../b',
    '/a/./b',
    '/..',
    '/a/%2e%2e/b',
    '/a/%2E/b',
    '/a%2fb',
    '/a%5Cb',
    '/a\\b',
    '/a/%',
    '/a/%E0%A4%A',
    '/a/%00',
    '/a/%0a',
    'http://evil.example/',
    '*',
  ])('refuses %s', (target) => {
    const verdict = parseRequestTarget(target, 'GET')
    expect(verdict.ok).toBe(false)
    if (!verdict.ok) expect(verdict.status).toBe(400)
  })

  it('folds empty segments by a redirect to a local path, for reads only', () => {
    expect(parseRequestTarget('//evil.example/x?y=1', 'GET')).toEqual({
      ok: false,
      status: 308,
      location: '/evil.example/x?y=1',
    })
    expect(parseRequestTarget('/api//articles', 'HEAD')).toMatchObject({
      status: 308,
      location: '/api/articles',
    })
    expect(parseRequestTarget('/api//articles', 'POST')).toMatchObject({ status: 400 })
  })
})

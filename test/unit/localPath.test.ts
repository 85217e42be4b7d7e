import { describe, expect, it } from 'vitest'

import { sameSitePath } from '../../lib/routes/localPath'

describe('redirect targets (lib/routes/localPath.ts)', () => {
  it.each(['/tin-tuc/abc', '/xa?loc=dat-chuan#bang', '/'])('keeps the local path %s', (path) =>
    expect(sameSitePath(path)).toBe(path),
  )

  it.each([
    '//evil.example',
    '/\\evil.example',
    '/%5Cevil.example',
    '/\t/evil.example',
    '/\n/evil.example',
    '\\\\evil.example',
    'https://evil.example/',
    'javascript:alert(1)',
    '/.//evil.example',
    '',
    null,
  ])('refuses %j', (value) => {
    const result = sameSitePath(value)
    // Either refused, or a path that a browser resolves on this site.
    if (result !== null) expect(new URL(result, 'https://portal.example.vn').host).toBe('portal.example.vn')
    if (result !== null) expect(result.startsWith('//')).toBe(false)
  })
})

import { describe, expect, it } from 'vitest'

import { stripClientRuntime } from '../../server/readerHtml'

describe('readers’ HTML without the client runtime (server/readerHtml.ts)', () => {
  it('keeps our scripts and everything else byte for byte', () => {
    const html =
      '<!DOCTYPE html><html><head><link rel="modulepreload" href="/a.js"><LINK AS="script" rel=preload href=/b.js>' +
      '<link rel="stylesheet" href="/c.css"><script id="ntm-prepaint">var a = 1 < 2</script></head>' +
      '<body><p title="x &amp; y">Xin chào</p><script src="/_next/x.js" async=""></script>' +
      '<script>self.__next_f.push([1,"<\\/script><p>"])</script><SCRIPT type="module">x()</SCRIPT>' +
      '<script id="ntm-stats">s()</script><!-- c --></body></html>'
    expect(stripClientRuntime(html)).toBe(
      '<!DOCTYPE html><html><head><link rel="stylesheet" href="/c.css"><script id="ntm-prepaint">var a = 1 < 2</script></head>' +
        '<body><p title="x &amp; y">Xin chào</p><script id="ntm-stats">s()</script><!-- c --></body></html>',
    )
  })

  it('removes a script whose id only contains ntm- elsewhere', () => {
    expect(stripClientRuntime('<script id="x-ntm-y">a()</script><p>b</p>')).toBe('<p>b</p>')
  })
})

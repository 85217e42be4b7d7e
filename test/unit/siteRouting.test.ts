import { describe, expect, it } from 'vitest'

import { NOT_FOUND_ROUTE } from '../../lib/routes'
import {
  isValidHost,
  provinceSiteOf,
  type SiteEntry,
  siteDirectory,
  siteLinker,
} from '../../lib/sites/directory'
import { decideRequest } from '../../server/decide'
import type { Decided } from '../../server/pipeline'
import { installHosts, siteRouter } from '../../server/sites/routing'

const site = (id: number, slug: string, kind: string, hosts: string[] = []): SiteEntry => ({
  id,
  slug,
  name: slug,
  kind,
  hosts,
  archivedFrom: null,
})

const ARCHIVE = site(1, 'huyen-cao-loc', 'luu-tru')
const PROVINCE = site(2, 'tinh-lang-son', 'tinh', ['ntm.langson.example'])
const BA_SON = site(3, 'ba-son', 'xa', ['ba-son.langson.example', 'old.example:8080'])
const CONG_SON = site(4, 'cong-son', 'xa')
const SITES = [ARCHIVE, PROVINCE, BA_SON, CONG_SON]
const INSTALL = new URL('https://ntm.langson.example')

const directory = siteDirectory(SITES, INSTALL)
const router = siteRouter(
  installHosts({ SERVER_URL: INSTALL.href, SITE_HOSTS: 'alias.example', NODE_ENV: 'test' }, 3000),
)
router.update(directory)

const decide = (host: string, pathname: string, search = '', mayKeep = true) =>
  decideRequest(router, { url: `${pathname}${search}`, pathname, search, host, anonymous: true, mayKeep })
const decided = (host: string, pathname: string, search = '') => {
  const result = decide(host, pathname, search)
  if ('redirect' in result) throw new Error(`redirected to ${result.redirect}`)
  return result as Decided
}

describe('the sites directory (lib/sites/directory.ts)', () => {
  it('takes the lowest-ID site of kind tinh as the province, else the lowest-ID site', () => {
    expect(provinceSiteOf(SITES)?.slug).toBe('tinh-lang-son')
    expect(provinceSiteOf([CONG_SON, ARCHIVE])?.slug).toBe('huyen-cao-loc')
    expect(provinceSiteOf([])).toBeUndefined()
  })

  it('serves the province and sites with hosts at the root, the others under /don-vi/<slug>', () => {
    expect(directory.prefixOf(PROVINCE)).toBe('')
    expect(directory.prefixOf(BA_SON)).toBe('')
    expect(directory.prefixOf(CONG_SON)).toBe('/don-vi/cong-son')
    expect(directory.originOf(BA_SON)).toBe('https://ba-son.langson.example')
    expect(directory.originOf(CONG_SON)).toBe('https://ntm.langson.example')
  })

  it('prints links to its own pages by path and to another origin absolutely', () => {
    const fromCongSon = siteLinker(directory, CONG_SON)
    expect(fromCongSon.here('/')).toBe('/don-vi/cong-son')
    expect(fromCongSon.here('/tin-tuc/a')).toBe('/don-vi/cong-son/tin-tuc/a')
    expect(fromCongSon.on(PROVINCE.id, '/tin-tuc/b')).toBe('/tin-tuc/b')
    expect(fromCongSon.on(BA_SON.id, '/tin-tuc/c')).toBe('https://ba-son.langson.example/tin-tuc/c')
    expect(fromCongSon.absolute('/xa')).toBe('https://ntm.langson.example/don-vi/cong-son/xa')
    const fromBaSon = siteLinker(directory, BA_SON)
    expect(fromBaSon.here('/tin-tuc/a')).toBe('/tin-tuc/a')
    expect(fromBaSon.on(CONG_SON.id, '/')).toBe('https://ntm.langson.example/don-vi/cong-son')
    expect(fromBaSon.on(undefined, '/xa')).toBe('/xa')
  })

  it('accepts host names with an optional port, nothing else', () => {
    for (const good of ['ba-son.langson.gov.vn', 'localhost:3000', 'XA.Example.VN.'])
      expect(isValidHost(good)).toBe(true)
    for (const bad of ['https://a.vn', 'a.vn/x', 'a b.vn', 'user@a.vn', '-a.vn', '', 'a.vn:port'])
      expect(isValidHost(bad), bad).toBe(false)
  })
})

describe('which site a request is for (server/sites/routing.ts, server/decide.ts)', () => {
  it('serves the province on the install hosts and each own host its site, rewritten inside Next', () => {
    for (const host of ['ntm.langson.example', 'alias.example', 'localhost:3000', '127.0.0.1:3000']) {
      const answer = decided(host, '/tin-tuc/a')
      expect(answer.nextUrl).toBe('/don-vi/tinh-lang-son/tin-tuc/a')
      expect(answer.siteId).toBe('2')
      expect(answer.statsKey).toBe('*')
    }
    const own = decided('Ba-Son.langson.example', '/tin-tuc/a', '?x=1')
    expect(own.nextUrl).toBe('/don-vi/ba-son/tin-tuc/a?x=1')
    expect(own.siteId).toBe('3')
    expect(own.statsKey).toBe('3')
    expect(decided('old.example:8080', '/').nextUrl).toBe('/don-vi/ba-son')
  })

  it('serves a site without a host under its prefix on the install hosts', () => {
    const answer = decided('ntm.langson.example', '/don-vi/cong-son/xa/cao-lau')
    expect(answer.nextUrl).toBe('/don-vi/cong-son/xa/cao-lau')
    expect(answer.prefix).toBe('/don-vi/cong-son')
    expect(answer.route.pattern).toBe('/xa/:slug')
    expect(decided('ntm.langson.example', '/don-vi/cong-son').nextUrl).toBe('/don-vi/cong-son')
    expect(decided('ntm.langson.example', '/don-vi/cong-son/api/stats').route.kind).toBe('stats')
    // Only pages, files and statistics exist under a prefix.
    expect(decided('ntm.langson.example', '/don-vi/cong-son/api/articles').route).toBe(NOT_FOUND_ROUTE)
    expect(decided('ntm.langson.example', '/don-vi/cong-son/admin').route).toBe(NOT_FOUND_ROUTE)
  })

  it('redirects a prefix to where the site is served', () => {
    expect(decide('ntm.langson.example', '/don-vi/ba-son/tin-tuc/a', '?p=2')).toEqual({
      redirect: 'https://ba-son.langson.example/tin-tuc/a?p=2',
    })
    expect(decide('ntm.langson.example', '/don-vi/tinh-lang-son/xa')).toEqual({ redirect: '/xa' })
    expect(decide('ntm.langson.example', '/don-vi/cong-son/tin-tuc/')).toEqual({
      redirect: '/don-vi/cong-son/tin-tuc',
    })
    expect(decide('ntm.langson.example', '/tin-tuc/')).toEqual({ redirect: '/tin-tuc' })
  })

  it('treats a prefix on a site host, or of no site, as an ordinary path of that host (its 404)', () => {
    expect(decided('ba-son.langson.example', '/don-vi/cong-son/xa').nextUrl).toBe(
      '/don-vi/ba-son/don-vi/cong-son/xa',
    )
    const unknown = decided('ntm.langson.example', '/don-vi/khong-co/xa')
    expect(unknown.route).toBe(NOT_FOUND_ROUTE)
    expect(unknown.nextUrl).toBe('/don-vi/tinh-lang-son/don-vi/khong-co/xa')
  })

  it('keys every kept answer by site and host, and keeps nothing for an unknown host', () => {
    expect(decided('ntm.langson.example', '/xa').key).toBe('2|ntm.langson.example|/xa')
    expect(decided('ba-son.langson.example', '/xa').key).toBe('3|ba-son.langson.example|/xa')
    expect(decided('ntm.langson.example', '/don-vi/cong-son/xa').key).toBe(
      '4|ntm.langson.example|/don-vi/cong-son/xa',
    )
    const stranger = decided('evil.example', '/xa')
    expect(stranger.key).toBeNull()
    expect(stranger.siteId).toBeNull()
    expect(stranger.nextUrl).toBe('/don-vi/tinh-lang-son/xa')
  })

  it('leaves the API, the admin and the install-wide icon alone, and encodes what it rewrites', () => {
    expect(decided('ba-son.langson.example', '/api/articles', '?limit=1').nextUrl).toBe(
      '/api/articles?limit=1',
    )
    expect(decided('ba-son.langson.example', '/admin').nextUrl).toBe('/admin')
    expect(decided('ba-son.langson.example', '/icon-4usi79.svg').nextUrl).toBe('/icon-4usi79.svg')
    expect(decided('ba-son.langson.example', '/tin-tuc/đường làng?').nextUrl).toBe(
      '/don-vi/ba-son/tin-tuc/%C4%91%C6%B0%E1%BB%9Dng%20l%C3%A0ng%3F',
    )
  })
})

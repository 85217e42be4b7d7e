import type { MetadataRoute } from 'next'

import { siteUrl } from '@/lib/metadata'
import { disallowedPrefixes, routes } from '@/lib/routes'

const robots = (): MetadataRoute.Robots => ({
  rules: [
    {
      userAgent: '*',
      allow: '/',
      disallow: disallowedPrefixes(),
    },
  ],
  sitemap: new URL(routes.sitemap(), siteUrl()).href,
})

export default robots

import type { MetadataRoute } from 'next'

import { siteUrl } from '@/lib/metadata'

const robots = (): MetadataRoute.Robots => ({
  rules: [
    {
      userAgent: '*',
      allow: '/',
      disallow: ['/admin', '/api/', '/tim-kiem', '/xem-truoc', '/khong-tim-thay'],
    },
  ],
  sitemap: new URL('/sitemap.xml', siteUrl()).href,
})

export default robots

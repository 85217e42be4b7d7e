import type { Metadata } from 'next'

/** The public origin: SERVER_URL in production, localhost otherwise. */
export const siteUrl = (): URL => new URL(process.env.SERVER_URL || 'http://localhost:3000')

/** Canonical URL and OpenGraph for a page. */
export const pageMetadata = (args: {
  title: string
  path: string
  description?: string | null
  image?: string | null
  type?: 'website' | 'article'
}): Metadata => ({
  title: args.title,
  description: args.description ?? undefined,
  alternates: { canonical: args.path },
  openGraph: {
    title: args.title,
    description: args.description ?? undefined,
    url: args.path,
    type: args.type ?? 'website',
    locale: 'vi_VN',
    images: args.image ? [{ url: args.image }] : undefined,
  },
})

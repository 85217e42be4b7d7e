import {
  convertLexicalToHTML,
  type HTMLConvertersFunction,
  LinkHTMLConverter,
} from '@payloadcms/richtext-lexical/html'
import escapeHTML from 'escape-html'

import type { Article, Media } from '../../payload-types'
import { type RelationValue, relationId } from '../relations'
import { documentPath } from '../routes'

const absolute = (path: string, origin: URL): string => new URL(path, origin).href

/**
 * An article body as HTML for feeds: Payload's Lexical converter (it escapes text and sanitises
 * link URLs) with absolute links and images, since feed readers do not know our origin, and
 * images as captioned figures with their alt text.
 */
/** The absolute URL of a page of the site a feed is for, or of the site `siteId`. */
export type PageUrl = (path: string, siteId?: number | string | null) => string

export const articleBodyHtml = (body: Article['body'], origin: URL, pageUrl: PageUrl): string => {
  if (!body) return ''
  const converters: HTMLConvertersFunction = ({ defaultConverters }) => ({
    ...defaultConverters,
    ...LinkHTMLConverter({
      internalDocToHref: ({ linkNode }) => {
        const doc = linkNode.fields.doc
        const value =
          doc && typeof doc.value === 'object'
            ? (doc.value as { slug?: string; tenant?: RelationValue })
            : null
        const path = doc ? documentPath(doc.relationTo, value?.slug) : undefined
        return path ? pageUrl(path, relationId(value?.tenant)) : '#'
      },
    }),
    upload: ({ node }) => {
      const media = (typeof node.value === 'object' ? node.value : null) as Media | null
      if (!media?.url) return ''
      const caption = (node.fields as { caption?: string } | undefined)?.caption ?? media.caption ?? ''
      return `<figure><img src="${escapeHTML(absolute(media.url, origin))}" alt="${escapeHTML(media.alt ?? '')}"/>${
        caption ? `<figcaption>${escapeHTML(caption)}</figcaption>` : ''
      }</figure>`
    },
  })
  return absolutePaths(convertLexicalToHTML({ data: body, converters, disableContainer: true }), pageUrl)
}

/**
 * Links an editor typed as a path of the site (`/xa/cao-lau`) mean that site's page: readers
 * outside it need the absolute URL, with the site's prefix when it has one.
 */
const absolutePaths = (html: string, pageUrl: PageUrl): string =>
  html.replace(/(\s(?:href|src)=")(\/(?!\/)[^"]*)"/g, (_, attribute: string, path: string) => {
    const plain = path.replaceAll('&amp;', '&')
    return `${attribute}${escapeHTML(pageUrl(plain))}"`
  })

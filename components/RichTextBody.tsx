import {
  type DefaultNodeTypes,
  type SerializedLinkNode,
  type SerializedUploadNode,
} from '@payloadcms/richtext-lexical'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { type JSXConvertersFunction, RichText } from '@payloadcms/richtext-lexical/react'

import type { RelationValue } from '../lib/relations'
import { safeHref } from '../lib/routes'
import { documentHref } from '../lib/sites/registry'
import type { Media } from '../payload-types'
import { MediaImage } from './MediaImage'

const linkHref = (node: SerializedLinkNode): string | undefined => {
  const { fields } = node
  if (fields.linkType === 'internal' && fields.doc && typeof fields.doc.value === 'object') {
    const doc = fields.doc.value as { slug?: string; tenant?: RelationValue }
    return documentHref(fields.doc.relationTo, doc)
  }
  return safeHref(fields.url)
}

/**
 * Images become figures with their caption; links keep only safe targets and say when they open
 * a new tab. Everything else is Payload's default rendering (React escapes all text).
 */
const converters: JSXConvertersFunction<DefaultNodeTypes> = ({ defaultConverters }) => ({
  ...defaultConverters,
  link: ({ node, nodesToJSX }) => {
    const children = nodesToJSX({ nodes: node.children })
    const href = linkHref(node)
    if (!href) return <span>{children}</span>
    return node.fields.newTab ? (
      <a href={href} target="_blank" rel="noopener noreferrer">
        {children}
      </a>
    ) : (
      <a href={href}>{children}</a>
    )
  },
  upload: ({ node }) => {
    const upload = node as SerializedUploadNode
    if (typeof upload.value !== 'object') return null
    const media = upload.value as Media
    const caption = (upload.fields?.caption as string | undefined) || media.caption
    return (
      <figure>
        <MediaImage media={media} sizes="(max-width: 48rem) 100vw, 48rem" />
        {caption ? <figcaption>{caption}</figcaption> : null}
      </figure>
    )
  },
})

export const RichTextBody = ({ data }: { data: SerializedEditorState | null | undefined }) =>
  data ? <RichText data={data} converters={converters} className="prose-body" /> : null

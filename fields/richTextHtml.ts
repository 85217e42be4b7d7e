import type { Field, FieldHook } from 'payload'

import { articleBodyHtml } from '../lib/feeds/html'
import { label } from '../lib/i18n'
import { relationId } from '../lib/relations'
import { siteLinker } from '../lib/sites/directory'
import { requestDirectory } from '../lib/sites/requestDirectory'

/**
 * A rich-text field as sanitised HTML for partners (`bodyHtml` beside `body`): Payload's Lexical
 * converter, as the feeds use it (text escaped, link URLs sanitised), with absolute links and
 * images on the document's own site. Computed on read for REST and GraphQL answers only; the
 * portal's pages and the admin render the Lexical JSON themselves and never pay for it.
 */
export const richTextHtmlField = (args: { name: string; source: string; collection: 'articles' }): Field => {
  const toHtml: FieldHook = async ({ data, req }) => {
    if (req.payloadAPI !== 'REST' && req.payloadAPI !== 'GraphQL') return undefined
    const doc = data as Record<string, unknown> | undefined
    if (!doc) return undefined
    // `?select[bodyHtml]=true` alone: the rich text is read for it.
    const source =
      args.source in doc || doc.id === undefined
        ? doc
        : await req.payload.findByID({
            collection: args.collection,
            id: doc.id as number,
            req,
            // With the reader's rights: a link to a draft must not be populated (its slug would leak).
            overrideAccess: false,
            depth: 1,
            select: { [args.source]: true, tenant: true },
            disableErrors: true,
          })
    const richText = (source as Record<string, unknown> | null)?.[args.source]
    if (!richText) return null
    const directory = await requestDirectory(req)
    const site = directory.byId(relationId((source as { tenant?: never }).tenant ?? (doc.tenant as never)))
    const home = site ?? directory.province
    if (!home) return null
    const links = siteLinker(directory, home)
    return articleBodyHtml(
      richText as Parameters<typeof articleBodyHtml>[0],
      new URL(links.absolute('/')),
      (path, siteId) =>
        siteId === undefined || siteId === null ? links.absolute(path) : links.absoluteOn(siteId, path),
    )
  }
  return {
    name: args.name,
    type: 'textarea',
    virtual: true,
    label: label((d) => d.fields.bodyHtml),
    admin: { hidden: true, readOnly: true },
    hooks: { afterRead: [toHtml] },
  }
}

import Link from 'next/link'

import type { RelationValue } from '../lib/relations'
import { documentHref } from '../lib/sites/registry'

type Doc = {
  id: number | string
  slug?: string | null
  title?: string | null
  name?: string | null
  tenant?: RelationValue
}

/** A labelled list of links to the communes, criteria or events an article is about. */
export const RelatedDocuments = ({
  heading,
  collection,
  docs,
}: {
  heading: string
  collection: 'communes' | 'criteria' | 'events'
  docs: (Doc | number | string)[] | null | undefined
}) => {
  const populated = (docs ?? []).filter((doc): doc is Doc => typeof doc === 'object' && doc !== null)
  if (!populated.length) return null
  return (
    <section aria-label={heading} className="related side-block">
      <h2>{heading}</h2>
      <ul>
        {populated.map((doc) => {
          const text = doc.title || doc.name || ''
          const href = documentHref(collection, doc)
          return <li key={doc.id}>{href ? <Link href={href}>{text}</Link> : text}</li>
        })}
      </ul>
    </section>
  )
}

import config from '@payload-config'
import { type CollectionSlug, type DataFromCollectionSlug, getPayload, type JoinQuery } from 'payload'

/** The Payload instance the public pages read through (local API, same access rules as REST). */
export const payloadClient = () => getPayload({ config })

/** One document by its slug, as an anonymous reader sees it (drafts never). */
export const findBySlug = async <Slug extends CollectionSlug>(
  collection: Slug,
  slug: string,
  options: { depth?: number; joins?: JoinQuery<Slug> } = {},
): Promise<DataFromCollectionSlug<Slug> | undefined> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection,
    overrideAccess: false,
    depth: options.depth ?? 0,
    limit: 1,
    pagination: false,
    where: { slug: { equals: slug } },
    joins: options.joins,
  })
  return docs[0] as DataFromCollectionSlug<Slug> | undefined
}

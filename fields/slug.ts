import type { Field, FieldHook, PayloadRequest } from 'payload'

import { label } from '../lib/i18n'
import { slugify, uniqueSlug } from '../lib/vi/slug'

/**
 * The URL slug, made by our Vietnamese slugify (Payload's default drops every non-ASCII letter:
 * "Đồng Đăng" would become "ng-ng").
 *
 * - Left empty, it is generated from the title and takes the first free suffix (`-2`, `-3`, …).
 * - Typed by the journalist, it is only normalised; a duplicate is refused by the unique index
 *   with a field error instead of silently changing a URL someone chose.
 * - It never changes when the title changes: published URLs stay stable. Clear it to regenerate.
 *
 * A field-level beforeValidate hook, not Payload's experimental slugField: that one generates in
 * a beforeChange hook running concurrently with the slug's own validation, which loses the race
 * as soon as generation has to ask the database which slugs are taken.
 */
export const vietnameseSlugField = (args: { collection: string; useAsSlug?: string }): Field => {
  const useAsSlug = args.useAsSlug ?? 'title'
  const generate: FieldHook = async ({ data, originalDoc, req, value }) => {
    if (typeof value === 'string' && value.trim()) return slugify(value) || value
    const source = data?.[useAsSlug] ?? originalDoc?.[useAsSlug]
    if (typeof source !== 'string' || !slugify(source)) return value
    return uniqueSlug(slugify(source), (candidate) =>
      slugTaken(req, args.collection, candidate, originalDoc?.id),
    )
  }
  return {
    name: 'slug',
    type: 'text',
    required: true,
    unique: true,
    index: true,
    label: label((d) => d.fields.slug),
    admin: { position: 'sidebar', description: label((d) => d.help.slug) },
    hooks: { beforeValidate: [generate] },
  }
}

const slugTaken = async (
  req: PayloadRequest,
  collection: string,
  candidate: string,
  ownId: number | string | undefined,
): Promise<boolean> => {
  const { totalDocs } = await req.payload.count({
    collection: collection as 'articles',
    req,
    overrideAccess: true,
    where: {
      and: [{ slug: { equals: candidate } }, ...(ownId !== undefined ? [{ id: { not_equals: ownId } }] : [])],
    },
  })
  return totalDocs > 0
}

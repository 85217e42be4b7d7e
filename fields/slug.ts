import type { Field, FieldHook, PayloadRequest } from 'payload'

import { label, message } from '../lib/i18n'
import { relationId } from '../lib/relations'
import { slugify, uniqueSlug } from '../lib/vi/slug'

/**
 * The URL slug, made by our Vietnamese slugify (Payload's default drops every non-ASCII letter:
 * "Đồng Đăng" would become "ng-ng").
 *
 * - Left empty, it is generated from the title and takes the first free suffix (`-2`, `-3`, …).
 * - Typed by the journalist, it is only normalised; a duplicate is refused by the unique index
 *   with a field error instead of silently changing a URL someone chose.
 * - It never changes when the title changes: published URLs stay stable. Clear it to regenerate.
 * - A duplicated document gets a fresh one from its title, the first free within its site
 *   (Payload's default copies a unique slug as "<slug> - Copy" and a per-site one verbatim, which
 *   the site's index then refuses).
 *
 * A field-level beforeValidate hook, not Payload's experimental slugField: that one generates in
 * a beforeChange hook running concurrently with the slug's own validation, which loses the race
 * as soon as generation has to ask the database which slugs are taken.
 */
export const vietnameseSlugField = (args: {
  collection: string
  useAsSlug?: string
  /**
   * Unique per site, not install-wide (articles, events: every site has its own URLs). The
   * collection adds the compound unique index (SLUG_PER_SITE_INDEX); a duplicate typed by hand is
   * a field error here.
   */
  perSite?: boolean
}): Field => {
  const useAsSlug = args.useAsSlug ?? 'title'
  const siteOf = (
    data: Record<string, unknown> | undefined,
    originalDoc: Record<string, unknown> | undefined,
  ) => (args.perSite ? (relationId(data?.tenant) ?? relationId(originalDoc?.tenant) ?? null) : undefined)
  const generate: FieldHook = async ({ data, originalDoc, req, value }) => {
    if (typeof value === 'string' && value.trim()) return slugify(value) || value
    const source = data?.[useAsSlug] ?? originalDoc?.[useAsSlug]
    if (typeof source !== 'string' || !slugify(source)) return value
    return uniqueSlug(slugify(source), (candidate) =>
      slugTaken(req, args.collection, candidate, originalDoc?.id, siteOf(data, originalDoc)),
    )
  }
  return {
    name: 'slug',
    type: 'text',
    required: true,
    unique: !args.perSite,
    index: true,
    label: label((d) => d.fields.slug),
    admin: { position: 'sidebar', description: label((d) => d.help.slug) },
    hooks: { beforeDuplicate: [() => ''], beforeValidate: [generate] },
    ...(args.perSite
      ? {
          validate: async (
            value: unknown,
            { data, id, req }: { data: Record<string, unknown>; id?: number | string; req: PayloadRequest },
          ) => {
            // Empty is refused by `required`; only a taken slug is ours to refuse.
            if (typeof value !== 'string' || !value) return true
            const site = siteOf(data, undefined)
            if (site === undefined || site === null) return true
            return (await slugTaken(req, args.collection, value, id, site))
              ? message(req, (d) => d.errors.slugTakenInSite)
              : true
          },
        }
      : {}),
  }
}

/** The compound index that keeps a per-site slug unique within its site. */
export const SLUG_PER_SITE_INDEX = { fields: ['slug', 'tenant'], unique: true }

const slugTaken = async (
  req: PayloadRequest,
  collection: string,
  candidate: string,
  ownId: number | string | undefined,
  /** Per-site slugs: the site to look in (undefined: install-wide). */
  site?: number | string | null,
): Promise<boolean> => {
  const { totalDocs } = await req.payload.count({
    collection: collection as 'articles',
    req,
    overrideAccess: true,
    where: {
      and: [
        { slug: { equals: candidate } },
        ...(ownId !== undefined ? [{ id: { not_equals: ownId } }] : []),
        ...(site !== undefined && site !== null ? [{ tenant: { equals: site } }] : []),
      ],
    },
  })
  return totalDocs > 0
}

import Link from 'next/link'
import { notFound } from 'next/navigation'

import { t } from '@/lib/i18n'
import { criteriaOfSet, criteriaSets, currentSet } from '@/lib/queries/programme'
import { routes } from '@/lib/routes'
import { here } from '../lib/sites/registry'
import { formatDate } from '@/lib/vi/format'
import type { Criterion } from '@/payload-types'

/** /tieu-chi (the set in force) and /tieu-chi/bo/[set]: the criteria grouped, other sets linked. */
export const CriteriaSetView = async ({ setSlug }: { setSlug?: string }) => {
  const sets = await criteriaSets()
  const inForce = currentSet(sets)
  const set = setSlug ? sets.find((s) => s.slug === setSlug) : inForce
  if (!set) notFound()
  const criteria = await criteriaOfSet(set.id)
  const groups = new Map<string, Criterion[]>()
  for (const criterion of criteria) {
    const key = criterion.group?.code ? `${criterion.group.code}. ${criterion.group.name ?? ''}` : ''
    groups.set(key, [...(groups.get(key) ?? []), criterion])
  }
  const others = sets.filter((s) => s.id !== set.id)
  return (
    <>
      <h1>{set.name}</h1>
      <p>
        {set.legalBasis}
        {set.validFrom
          ? ` · ${formatDate(set.validFrom)}–${set.validTo ? formatDate(set.validTo) : ''}`
          : null}
        {set.id === inForce?.id ? ` (${t.criteriaPage.current})` : null}
      </p>
      {set.description ? <p className="meta">{set.description}</p> : null}
      {others.length ? (
        <nav aria-label={t.criteriaPage.otherSets} className="filter-links">
          <h2 className="sr-only">{t.criteriaPage.otherSets}</h2>
          <ul>
            {others.map((other) => (
              <li key={other.id}>
                <Link
                  href={here(
                    other.id === inForce?.id ? routes.criteriaSets() : routes.criteriaSets(other.slug),
                  )}
                >
                  {other.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {[...groups.entries()].map(([group, members]) => (
        <section key={group || 'all'} aria-label={group || set.name}>
          {group ? <h2>{group}</h2> : null}
          <ol className="criteria-list">
            {members.map((criterion) => (
              <li key={criterion.id} value={criterion.number}>
                <Link href={here(routes.criterion(criterion.slug))}>{criterion.name}</Link>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </>
  )
}

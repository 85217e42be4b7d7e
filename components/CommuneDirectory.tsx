import Link from 'next/link'

import { fill, t } from '@/lib/i18n'
import { compareVietnamese } from '@/lib/vi/collate'
import { slugify } from '@/lib/vi/slug'
import type { Commune } from '@/payload-types'
import { communes } from '@/lib/queries/programme'
import { routes } from '@/lib/routes'
import { here } from '@/lib/sites/registry'
import { STANDINGS, type Standing, standingOf } from '@/lib/programme/figures'
import { CommuneTable } from './CommuneTable'

/** A standing's name as a filter and a heading says it. */
export const standingName = (standing: Standing): string =>
  standing === 'khong-ap-dung' ? t.communePage.standingFilter : t.options.ntmStatus[standing]

/**
 * /xa and /xa/loc/[status]: the communes, filtered by plain links (no JavaScript needed), by
 * their standing (lib/programme/figures.ts): a thị trấn or phường is never "chưa đạt".
 */
export const CommuneDirectory = async ({ status }: { status?: Standing }) => {
  const all = await communes()
  const shown = status ? all.filter((c) => standingOf(c) === status) : all
  const filters: [string, string, boolean, number][] = [
    [here(routes.communes()), t.communePage.all, !status, all.length],
    ...STANDINGS.map((s): [string, string, boolean, number] => [
      here(routes.communes(s)),
      standingName(s),
      s === status,
      all.filter((c) => standingOf(c) === s).length,
    ]),
  ]
  return (
    <>
      <h1>
        {t.communePage.title}
        {status ? `: ${standingName(status)}` : null}
      </h1>
      <p>{t.communePage.intro}</p>
      <nav aria-label={t.communePage.filterLabel} className="filter-links">
        <ul>
          {filters.map(([href, text, current, count]) => (
            <li key={href}>
              <Link href={href} aria-current={current ? 'page' : undefined}>
                {text} ({count})
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {shown.length > GROUP_AFTER ? (
        groupByMerger(shown).map(([merged, members]) => (
          <section key={merged ?? ''} aria-labelledby={`nhom-${slugOf(merged)}`}>
            <h2 id={`nhom-${slugOf(merged)}`}>
              {merged ? fill(t.communePage.mergedGroup, { name: merged }) : t.communePage.notMerged}
            </h2>
            <CommuneTable communes={members} />
          </section>
        ))
      ) : (
        <CommuneTable communes={shown} />
      )}
    </>
  )
}

/**
 * Past this many units a list is grouped by the commune each became part of in the 2025
 * reform (its "Lịch sử" record), so a province's hundreds of units read as groups, in
 * Vietnamese order, the units of each in theirs.
 */
export const GROUP_AFTER = 40

const slugOf = (name: string | null) => (name ? slugify(name) : 'chua-sap-nhap')

export const groupByMerger = (units: Commune[]): [string | null, Commune[]][] => {
  const groups = new Map<string | null, Commune[]>()
  for (const unit of units) {
    const merged = unit.history?.mergedIntoName?.trim() || null
    groups.set(merged, [...(groups.get(merged) ?? []), unit])
  }
  return [...groups.entries()].sort(([a], [b]) =>
    a === null ? 1 : b === null ? -1 : compareVietnamese(a, b),
  )
}

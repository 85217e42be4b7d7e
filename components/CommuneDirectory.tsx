import Link from 'next/link'

import { t } from '@/lib/i18n'
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
      <CommuneTable communes={shown} />
    </>
  )
}

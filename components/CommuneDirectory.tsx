import Link from 'next/link'

import { t } from '@/lib/i18n'
import { communes } from '@/lib/queries/programme'
import { routes } from '@/lib/routes'
import { here } from '@/lib/sites/registry'
import type { Commune } from '@/payload-types'
import { CommuneTable } from './CommuneTable'

export const STATUSES = Object.keys(t.options.ntmStatus) as Commune['status'][]

/** /xa and /xa/loc/[status]: the communes, filtered by plain links (no JavaScript needed). */
export const CommuneDirectory = async ({ status }: { status?: Commune['status'] }) => {
  const all = await communes()
  const shown = status ? all.filter((c) => c.status === status) : all
  const filters: [string, string, boolean, number][] = [
    [here(routes.communes()), t.communePage.all, !status, all.length],
    ...STATUSES.map((s): [string, string, boolean, number] => [
      here(routes.communes(s)),
      t.options.ntmStatus[s],
      s === status,
      all.filter((c) => c.status === s).length,
    ]),
  ]
  return (
    <>
      <h1>
        {t.communePage.title}
        {status ? `: ${t.options.ntmStatus[status]}` : null}
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

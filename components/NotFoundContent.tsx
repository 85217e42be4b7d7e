import Link from 'next/link'

import { t } from '../lib/i18n'
import { routes } from '../lib/routes'
import { here } from '../lib/sites/registry'

export const NotFoundContent = () => (
  <>
    <h1>{t.site.notFoundTitle}</h1>
    <p>{t.site.notFoundBody}</p>
    <p>
      <Link href={here(routes.home())}>{t.site.backHome}</Link>
    </p>
  </>
)

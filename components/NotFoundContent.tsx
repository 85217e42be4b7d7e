import Link from 'next/link'

import { t } from '../lib/i18n'
import { routes } from '../lib/routes'

export const NotFoundContent = () => (
  <>
    <h1>{t.site.notFoundTitle}</h1>
    <p>{t.site.notFoundBody}</p>
    <p>
      <Link href={routes.home()}>{t.site.backHome}</Link>
    </p>
  </>
)

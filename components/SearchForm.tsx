import { t } from '../lib/i18n'
import { routes } from '../lib/routes'
import { here } from '../lib/sites/registry'

/** A plain GET form: works without JavaScript, and the result URL can be shared. */
export const SearchForm = ({ query = '', compact = false }: { query?: string; compact?: boolean }) => (
  <form
    role="search"
    action={here(routes.search())}
    method="get"
    className={compact ? 'search-form search-form--compact' : 'search-form'}
  >
    <label htmlFor={compact ? 'q-header' : 'q'} className={compact ? 'sr-only' : undefined}>
      {t.searchPage.label}
    </label>
    <input id={compact ? 'q-header' : 'q'} name="q" type="search" defaultValue={query} autoComplete="off" />
    <button type="submit">{t.searchPage.button}</button>
  </form>
)

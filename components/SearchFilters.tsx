import { t } from '../lib/i18n'
import type { SearchRequest } from '../lib/search/params'
import { SEARCH_PARAMS } from '../lib/search/params'
import { SEARCH_COLLECTIONS } from '../lib/search/sources'
import { routes } from '../lib/routes'
import { here } from '../lib/sites/registry'

/**
 * `id`: the document a slug names (communes, categories), for the server layer, which answers
 * searches from this form's shell and resolves the slugs chosen from it (server/searchPage.ts).
 */
type Option = { value: string; label: string; id?: string }

const Select = ({
  id,
  name,
  label,
  options,
  value,
}: {
  id: string
  name: string
  label: string
  options: Option[]
  value?: string
}) => (
  <div className="search-filters__field">
    <label htmlFor={id}>{label}</label>
    <select id={id} name={name} defaultValue={value ?? ''}>
      <option value="">{t.searchPage.any}</option>
      {options.map((option) => (
        <option key={option.value} value={option.value} data-id={option.id}>
          {option.label}
        </option>
      ))}
    </select>
  </div>
)

/**
 * The search page's form: the words and the filters (type, commune, category, year) as plain
 * GET parameters (lib/search/params.ts), so it works without JavaScript and a result page can be
 * shared. Submitting starts again from the first page.
 */
export const SearchFilters = ({
  request,
  communes,
  categories,
  years,
}: {
  request: SearchRequest
  communes: Option[]
  categories: Option[]
  years: number[]
}) => (
  <form role="search" action={here(routes.search())} method="get" className="search-filters">
    <div className="search-filters__words">
      <label htmlFor="q">{t.searchPage.label}</label>
      <input id="q" name={SEARCH_PARAMS.q} type="search" defaultValue={request.q} autoComplete="off" />
    </div>
    <fieldset className="search-filters__set">
      <legend>{t.searchPage.filters}</legend>
      <Select
        id="loai"
        name={SEARCH_PARAMS.type}
        label={t.searchPage.type}
        value={request.type}
        options={SEARCH_COLLECTIONS.map((collection) => ({
          value: collection,
          label: t.searchPage.kinds[collection],
        }))}
      />
      <Select
        id="xa"
        name={SEARCH_PARAMS.commune}
        label={t.searchPage.commune}
        value={request.commune}
        options={communes}
      />
      <Select
        id="chuyen-muc"
        name={SEARCH_PARAMS.category}
        label={t.searchPage.category}
        value={request.category}
        options={categories}
      />
      <Select
        id="nam"
        name={SEARCH_PARAMS.year}
        label={t.searchPage.year}
        value={request.year?.toString()}
        options={years.map((year) => ({ value: String(year), label: String(year) }))}
      />
    </fieldset>
    <button type="submit">{t.searchPage.button}</button>
  </form>
)

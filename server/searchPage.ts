import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http'

import { Parser } from 'htmlparser2'
import { LRUCache } from 'lru-cache'

import { escapeHtml } from '../lib/html/escape'
import { routes } from '../lib/routes'
import { searchIn } from '../lib/search/answer'
import { parseSearchParams, SEARCH_PARAMS, type SearchRequest } from '../lib/search/params'
import { SEARCH_RESULTS_ID, searchResultsHtml } from '../lib/search/resultsHtml'
import type { SearchIndex } from '../lib/search/types'
import type { SiteDirectory } from '../lib/sites/directory'
import { siteLinker } from '../lib/sites/directory'
import { scopeOfSite } from '../lib/sites/scope'
import { acceptsGzip, compress } from './encoding'
import { answerKey, type Decided } from './pipeline'

/**
 * Readers' searches answered by the layer, without a React render per query. Every different
 * query is a new page, so none can be kept, and a dynamic render costs ~20 ms of CPU whatever it
 * shows: at a province's scale that, not the index, set how many searches a server could answer.
 *
 * The page without a query (rendered by Next as any page, kept until the content changes) is the
 * shell: its form and an empty results element. For a query, the layer asks the index
 * (lib/search/answer.ts, as the page does), writes the results with lib/search/resultsHtml.ts
 * (as the page does) into that element, and sets the form to the query as React would (the
 * words' `value`, each filter's `selected`). The commune and category a slug names are read from
 * the shell's own options (`data-id`), so a filter means here what it means on the page. The page
 * itself still answers everyone who is not an anonymous reader. test/http/searchPage.test.ts
 * checks that both write the same bytes.
 */

/** Where, in the shell, each change is made: [start, end) ranges of its tags. */
type Tag = { start: number; end: number; attrs: Record<string, string> }
type ShellPlan = {
  html: string
  headers: OutgoingHttpHeaders
  /** The words' <input>. */
  words: Tag
  /** Each filter's <option>s, by the select's `name`. */
  filters: Map<string, Tag[]>
  /** Just after the results element's start tag. */
  resultsAt: number
}

/** Marks an answer written here (tests, and an operator reading headers). */
export const ANSWERED_BY = 'x-ntm-answered-by'

/** The shell's headers an answer takes: what describes the page, not its body's bytes. */
const PAGE_HEADERS = ['content-type', 'cache-control', 'content-language', 'x-robots-tag']

const FILTER_NAMES = [SEARCH_PARAMS.type, SEARCH_PARAMS.commune, SEARCH_PARAMS.category, SEARCH_PARAMS.year]

/** The places the layer changes in a shell, or null when it is not the search page's shell. */
export const planShell = (html: string, headers: OutgoingHttpHeaders): ShellPlan | null => {
  let words: Tag | undefined
  let resultsAt: number | undefined
  let select: string | null = null
  const filters = new Map<string, Tag[]>()
  const parser = new Parser({
    onopentag(name, attrs) {
      const tag = { start: parser.startIndex, end: parser.endIndex + 1, attrs }
      if (name === 'input' && attrs.name === SEARCH_PARAMS.q) words = tag
      else if (name === 'select' && FILTER_NAMES.includes(attrs.name as never)) {
        select = attrs.name
        filters.set(select, [])
      } else if (name === 'option' && select) filters.get(select)?.push(tag)
      else if (attrs.id === SEARCH_RESULTS_ID) resultsAt = tag.end
    },
    onclosetag(name) {
      if (name === 'select') select = null
    },
  })
  parser.write(html)
  parser.end()
  if (!words || resultsAt === undefined || filters.size !== FILTER_NAMES.length) return null
  return { html, headers, words, filters, resultsAt }
}

/** The filters a request chose, as each select's value. */
const chosen = (request: SearchRequest): Map<string, string> =>
  new Map([
    [SEARCH_PARAMS.type, request.type ?? ''],
    [SEARCH_PARAMS.commune, request.commune ?? ''],
    [SEARCH_PARAMS.category, request.category ?? ''],
    [SEARCH_PARAMS.year, request.year?.toString() ?? ''],
  ])

const SELECTED = ' selected=""'

/** The shell with the form set to the request and the results written in. */
export const fillShell = (plan: ShellPlan, request: SearchRequest, resultsHtml: string): string => {
  const edits: { at: number; end: number; text: string }[] = []
  const { html } = plan
  const words = html.slice(plan.words.start, plan.words.end)
  edits.push({
    at: plan.words.start,
    end: plan.words.end,
    text: words.replace(/ value="[^"]*"/, ` value="${escapeHtml(request.q)}"`),
  })
  for (const [name, value] of chosen(request)) {
    for (const option of plan.filters.get(name) ?? []) {
      const selected = 'selected' in option.attrs
      const wanted = option.attrs.value === value
      if (selected === wanted) continue
      const text = html.slice(option.start, option.end)
      edits.push({
        at: option.start,
        end: option.end,
        text: wanted ? `${text.slice(0, -1)}${SELECTED}>` : text.replace(SELECTED, ''),
      })
    }
  }
  edits.push({ at: plan.resultsAt, end: plan.resultsAt, text: resultsHtml })
  edits.sort((a, b) => a.at - b.at)
  let out = ''
  let from = 0
  for (const edit of edits) {
    out += html.slice(from, edit.at) + edit.text
    from = edit.end
  }
  return out + html.slice(from)
}

/** The document a filter's slug names, from the shell's options. */
const idOf = (plan: ShellPlan, name: string, slug: string | undefined): string | undefined =>
  slug === undefined
    ? undefined
    : plan.filters.get(name)?.find((o) => o.attrs.value === slug)?.attrs['data-id']

type Rendered = { status: number; headers: OutgoingHttpHeaders; body: Buffer }

export const createSearchPage = ({
  index,
  directory,
  render,
  generation,
  keep,
}: {
  index: () => Promise<SearchIndex>
  directory: () => SiteDirectory | null | undefined
  /** Renders a page through Next as an anonymous reader on its host gets it (server/pipeline.ts). */
  render: (decided: Decided) => Promise<Rendered>
  /** The memory of answers' generation: it changes with the content, and so does the shell. */
  generation: () => number
  /** Keeps an answer as the pipeline keeps the page's (a search asked twice: server/pipeline.ts). */
  keep: (
    req: IncomingMessage,
    res: ServerResponse,
    decided: Decided,
    body: Buffer,
    generation: number,
  ) => void
}) => {
  /** Each site and host's shell, planned once per generation; a render in progress is shared. */
  const shells = new LRUCache<string, { generation: number; plan: Promise<ShellPlan | null> }>({ max: 500 })
  const shellOf = (decided: Decided, pathname: string): Promise<ShellPlan | null> => {
    const key = `${decided.siteId}|${decided.host.toLowerCase()}|${pathname}`
    const now = generation()
    const kept = shells.get(key)
    if (kept && kept.generation === now) return kept.plan
    const plan = render({
      ...decided,
      url: pathname,
      nextUrl: decided.nextUrl.split('?')[0],
      key: decided.siteId ? answerKey(decided.siteId, decided.host, pathname, '') : null,
    }).then((page) => (page.status === 200 ? planShell(page.body.toString('utf8'), page.headers) : null))
    // A shell rendered while the content changed is not kept for the new generation.
    shells.set(key, { generation: now, plan })
    void plan.then((done) => {
      if (!done) shells.delete(key)
    })
    return plan
  }

  /**
   * Answers an anonymous reader's search; false when the request is not one (no words, another
   * route, a shell that cannot be read), and Next answers it.
   */
  const answer = async (
    req: IncomingMessage,
    res: ServerResponse,
    decided: Decided,
    pathname: string,
    search: string,
  ): Promise<boolean> => {
    if (decided.route.pattern !== routes.search() || !decided.key || !decided.siteId) return false
    if (req.method !== 'GET' && req.method !== 'HEAD') return false
    const params = new URLSearchParams(search)
    const request = parseSearchParams(
      Object.fromEntries([...new Set(params.keys())].map((key) => [key, params.getAll(key)])),
    )
    if (!request.q) return false
    const sites = directory()
    const site = sites?.byId(decided.siteId)
    if (!sites || !site) return false
    const began = generation()
    const plan = await shellOf(decided, pathname)
    if (!plan) return false
    const found = await searchIn(
      await index(),
      request,
      {
        commune: idOf(plan, SEARCH_PARAMS.commune, request.commune),
        category: idOf(plan, SEARCH_PARAMS.category, request.category),
      },
      scopeOfSite(sites, site),
    )
    const body = Buffer.from(
      fillShell(plan, request, searchResultsHtml(found, request, siteLinker(sites, site))),
    )
    for (const name of PAGE_HEADERS) {
      const value = plan.headers[name]
      if (value !== undefined) res.setHeader(name, value)
    }
    res.statusCode = 200
    keep(req, res, decided, body, began)
    res.setHeader(ANSWERED_BY, 'search')
    const out = compress(res, body, acceptsGzip(req.headers['accept-encoding']), 0)
    res.setHeader('content-length', out.length)
    res.end(req.method === 'HEAD' ? undefined : out)
    return true
  }
  return { answer }
}

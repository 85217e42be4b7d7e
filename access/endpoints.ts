/**
 * The access matrix's second half: what each principal gets from each HTTP endpoint, Payload's
 * own (accounts, locks, preferences, jobs, migrations, versions, counts, access) and ours. The
 * first half (access/matrix.ts) states the rules per collection; this one states answers over
 * HTTP, where the server layer (server/apiPolicy.ts) and Payload's routes add their own.
 *
 * test/http/endpointMatrix.test.ts sends every request as every principal against a real
 * production server (one test per cell), and a unit test renders the README's table from it.
 * Every route Payload or our config adds under /api must appear here (test/int/apiSurface.test.ts
 * checks the endpoints of the config against ENDPOINT_ROUTES).
 *
 * Targets name a document the test makes fresh for each cell, so a cell that deletes or locks
 * leaves the next one unchanged.
 */
export const CALLERS = [
  'anonymous',
  'partner',
  'partner, disabled',
  'partner, over limit',
  'journalist',
  'editor',
  'admin',
  'journalist of another site',
  'editor of another site',
] as const
export type Caller = (typeof CALLERS)[number]

/** A document made for the request, named in the path as `:target`. */
export type Target =
  | 'a published article'
  | 'the journalist’s draft'
  | 'the journalist’s published article'
  | 'an editor’s draft'
  | 'the journalist’s lock on their draft'
  | 'an editor’s lock on a published article'
  | 'the journalist’s upload, unused'
  | 'the journalist’s upload, on a published article'
  | 'a media file'

export type EndpointRow = {
  /** The route of the Payload config this request reaches, as `method path` (`post /:id/schedule`). */
  route: string
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE'
  path: string
  /** What the request does, in the README. */
  what: string
  target?: Target
  body?: Record<string, unknown>
  /** The status each caller gets, in the order of CALLERS. */
  statuses: Record<Caller, number>
}

const row = (
  route: string,
  method: EndpointRow['method'],
  path: string,
  what: string,
  statuses: [number, number, number, number, number, number, number],
  extra: Pick<EndpointRow, 'target' | 'body'> & { otherSite?: [number, number] } = {},
): EndpointRow => {
  const { otherSite, ...rest } = extra
  // Staff of another site: by default as a journalist of the documents' own site.
  const all = [...statuses, ...(otherSite ?? [statuses[4], statuses[4]])]
  return {
    route,
    method,
    path,
    what,
    ...rest,
    statuses: Object.fromEntries(CALLERS.map((caller, i) => [caller, all[i]])) as Record<Caller, number>,
  }
}

// Statuses, in the order of CALLERS: anonymous, partner, disabled partner, partner over its
// daily limit, journalist, editor, admin (province-wide roles); then, where given (`otherSite`),
// a journalist and an editor of a site other than the one every target belongs to. A partner's key is refused (403) wherever it has no
// right, whatever its state; where it has one, disabled is 403 and over the limit 429.
const publicRead = [200, 200, 403, 429, 200, 200, 200] as [
  number,
  number,
  number,
  number,
  number,
  number,
  number,
]
const staffOnly = [403, 403, 403, 403, 200, 200, 200] as typeof publicRead
const editorsOnly = [403, 403, 403, 403, 403, 200, 200] as typeof publicRead
const adminsOnly = [403, 403, 403, 403, 403, 403, 200] as typeof publicRead
const nobody = [404, 404, 404, 404, 404, 404, 404] as typeof publicRead

export const ENDPOINT_ACCESS: EndpointRow[] = [
  // Published content.
  row('get /', 'GET', '/api/articles?limit=1', 'list articles (published only for the public)', publicRead),
  row('get /:id', 'GET', '/api/articles/:target', 'read a published article', publicRead, {
    target: 'a published article',
  }),
  row('get /:id', 'GET', '/api/articles/:target', 'read a draft', [404, 404, 403, 429, 200, 200, 200], {
    target: 'an editor’s draft',
    otherSite: [404, 404],
  }),
  row('get /count', 'GET', '/api/articles/count', 'count articles', publicRead),
  row('global get /', 'GET', '/api/globals/site-settings', 'read a global', publicRead),
  row('graphql', 'POST', '/api/graphql', 'GraphQL query', publicRead, {
    body: { query: '{ Articles(limit: 1) { docs { slug } } }' },
  }),
  row(
    'get /file/:filename',
    'GET',
    '/api/media/file/:target',
    'download a media file',
    [200, 200, 200, 200, 200, 200, 200],
    {
      target: 'a media file',
    },
  ),
  row('root get /stats', 'GET', '/api/stats', 'visitor statistics', [200, 200, 200, 200, 200, 200, 200]),
  row(
    'root post /stats/hit',
    'POST',
    '/api/stats/hit',
    'count a visit (the pages’ beacon; this one is filtered: no visitor)',
    [200, 200, 200, 200, 200, 200, 200],
    {
      body: { path: '/' },
    },
  ),
  // Versions and per-document rights.
  row('get /versions', 'GET', '/api/articles/versions', 'article versions', staffOnly),
  row('get /versions', 'GET', '/api/communes/versions', 'commune versions', staffOnly),
  row(
    'get /versions/:id',
    'GET',
    '/api/articles/versions/999999',
    'a version that does not exist',
    [403, 403, 403, 403, 404, 404, 404],
    { otherSite: [403, 403] },
  ),
  row(
    'global get /versions/:id',
    'GET',
    '/api/globals/related-links/versions/1',
    'a version of a global that keeps none',
    nobody,
  ),
  row(
    'global post /versions/:id',
    'POST',
    '/api/globals/related-links/versions/1',
    'restore a version of a global that keeps none',
    nobody,
  ),
  row(
    'global get /versions',
    'GET',
    '/api/globals/site-settings/versions',
    'versions of a global that keeps none',
    nobody,
  ),
  row(
    'post /access/:id?',
    'POST',
    '/api/articles/access/:target',
    'what may I do with this document',
    [200, 403, 403, 403, 200, 200, 200],
    {
      target: 'a published article',
    },
  ),
  row(
    'global post /access',
    'POST',
    '/api/globals/related-links/access',
    'what may I do with this global',
    [200, 403, 403, 403, 200, 200, 200],
  ),
  // Writing, by who owns what and whether it is live.
  row('post /', 'POST', '/api/articles', 'write a new draft', [403, 403, 403, 403, 201, 201, 201], {
    body: { title: 'Bài mới từ bảng quyền', _status: 'draft' },
  }),
  row(
    'patch /:id',
    'PATCH',
    '/api/articles/:target',
    'edit one’s own draft',
    [403, 403, 403, 403, 200, 200, 200],
    {
      target: 'the journalist’s draft',
      body: { summary: 'Sửa tóm tắt' },
      otherSite: [403, 403],
    },
  ),
  row(
    'patch /:id',
    'PATCH',
    '/api/articles/:target',
    'edit someone else’s draft',
    [403, 403, 403, 403, 403, 200, 200],
    {
      target: 'an editor’s draft',
      body: { summary: 'Sửa tóm tắt' },
    },
  ),
  row(
    'patch /:id',
    'PATCH',
    '/api/articles/:target',
    'edit one’s own live article',
    [403, 403, 403, 403, 403, 200, 200],
    {
      target: 'the journalist’s published article',
      body: { summary: 'Sửa tóm tắt' },
    },
  ),
  row(
    'patch /',
    'PATCH',
    '/api/articles?where[id][equals]=:target',
    'bulk-edit drafts',
    [403, 403, 403, 403, 200, 200, 200],
    {
      target: 'an editor’s draft',
      body: { summary: 'Sửa hàng loạt' },
    },
  ),
  row(
    'delete /:id',
    'DELETE',
    '/api/articles/:target',
    'delete a draft',
    [403, 403, 403, 403, 403, 200, 200],
    {
      target: 'the journalist’s draft',
    },
  ),
  row(
    'delete /',
    'DELETE',
    '/api/articles?where[id][equals]=:target',
    'bulk-delete',
    [403, 403, 403, 403, 403, 200, 200],
    {
      target: 'the journalist’s draft',
      otherSite: [403, 200],
    },
  ),
  row(
    'post /:id/duplicate',
    'POST',
    '/api/articles/:target/duplicate',
    'duplicate an article',
    [403, 403, 403, 403, 200, 200, 200],
    {
      target: 'a published article',
      otherSite: [403, 403],
    },
  ),
  row(
    'post /versions/:id',
    'POST',
    '/api/communes/versions/999999',
    'restore a version that does not exist',
    [404, 403, 403, 403, 404, 404, 404],
  ),
  row(
    'post /:id/schedule',
    'POST',
    '/api/articles/:target/schedule',
    'schedule publishing',
    [403, 403, 403, 403, 403, 202, 202],
    {
      target: 'an editor’s draft',
      body: { at: '2099-01-01T01:00:00.000Z' },
      // An editor of another site cannot see the draft at all.
      otherSite: [403, 404],
    },
  ),
  row(
    'patch /:id',
    'PATCH',
    '/api/media/:target',
    'change one’s own unused upload',
    [403, 403, 403, 403, 200, 200, 200],
    {
      target: 'the journalist’s upload, unused',
      body: { alt: 'Ảnh đã sửa' },
      otherSite: [403, 403],
    },
  ),
  row(
    'patch /:id',
    'PATCH',
    '/api/media/:target',
    'change one’s upload a live article shows',
    [403, 403, 403, 403, 403, 200, 200],
    {
      target: 'the journalist’s upload, on a published article',
      body: { alt: 'Ảnh đã sửa' },
    },
  ),
  row(
    'get /paste-url/:id?',
    'GET',
    '/api/media/paste-url?src=https://example.com/a.jpg',
    'fetch an upload from a URL (not enabled: closed)',
    nobody,
  ),
  row('global post /', 'POST', '/api/globals/related-links', 'change related links', editorsOnly, {
    body: {},
  }),
  row('global post /', 'POST', '/api/globals/site-settings', 'change site settings', adminsOnly, {
    body: {},
  }),
  // Accounts.
  row('get /me', 'GET', '/api/users/me', 'who am I', [200, 403, 403, 403, 200, 200, 200]),
  row('root get /access', 'GET', '/api/access', 'what may I do', [200, 403, 403, 403, 200, 200, 200]),
  row('get /', 'GET', '/api/users', 'list accounts (one’s own only, but admins)', staffOnly),
  row(
    'get /init',
    'GET',
    '/api/users/init',
    'has the first account been made',
    [200, 403, 403, 403, 200, 200, 200],
  ),
  row(
    'post /login',
    'POST',
    '/api/users/login',
    'sign in with a wrong password',
    [401, 403, 403, 403, 401, 401, 401],
    {
      body: { email: 'khong-co-ai@test.example', password: 'sai-mat-khau' },
    },
  ),
  row('post /logout', 'POST', '/api/users/logout', 'sign out', [400, 403, 403, 403, 200, 200, 200]),
  row(
    'post /refresh-token',
    'POST',
    '/api/users/refresh-token',
    'refresh a session',
    [403, 403, 403, 403, 200, 200, 200],
  ),
  row('post /unlock', 'POST', '/api/users/unlock', 'unlock an account', adminsOnly, {
    body: { email: 'journalist@test.example' },
  }),
  row(
    'post /forgot-password',
    'POST',
    '/api/users/forgot-password',
    'ask for a password reset',
    [200, 403, 403, 403, 200, 200, 200],
    {
      body: { email: 'khong-co-ai@test.example' },
    },
  ),
  row(
    'post /reset-password',
    'POST',
    '/api/users/reset-password',
    'reset a password with a wrong token',
    [403, 403, 403, 403, 403, 403, 403],
    {
      body: { token: 'sai', password: 'Mat-khau-moi-12345' },
    },
  ),
  row(
    'post /first-register',
    'POST',
    '/api/users/first-register',
    'register the first account (the portal has one)',
    [403, 403, 403, 403, 403, 403, 403],
    {
      body: { email: 'thu@test.example', password: 'Mat-khau-moi-12345' },
    },
  ),
  row('post /verify/:id', 'POST', '/api/users/verify/abc', 'verify an email address (not used here)', nobody),
  row('get /me', 'GET', '/api/partners/me', 'a partner’s own record', [200, 403, 403, 403, 200, 200, 200]),
  // Document locks.
  row(
    'get /',
    'GET',
    '/api/payload-locked-documents',
    'list locks (journalists: theirs and those on what they may edit)',
    staffOnly,
  ),
  row(
    'post /',
    'POST',
    '/api/payload-locked-documents',
    'lock someone else’s draft',
    [403, 403, 403, 403, 403, 201, 201],
    {
      target: 'an editor’s draft',
    },
  ),
  row(
    'delete /:id',
    'DELETE',
    '/api/payload-locked-documents/:target',
    'release one’s own lock',
    [403, 403, 403, 403, 200, 200, 200],
    {
      target: 'the journalist’s lock on their draft',
      otherSite: [403, 403],
    },
  ),
  row(
    'delete /:id',
    'DELETE',
    '/api/payload-locked-documents/:target',
    'release someone else’s lock',
    [403, 403, 403, 403, 403, 200, 200],
    {
      target: 'an editor’s lock on a published article',
    },
  ),
  // Payload's other collections.
  row(
    'get /populate-tenant-options',
    'GET',
    '/api/tenants/populate-tenant-options',
    'the sites the admin’s site selector offers',
    [401, 403, 403, 403, 200, 200, 200],
  ),
  row('get /', 'GET', '/api/payload-preferences', 'admin preferences (one’s own)', staffOnly),
  row(
    'get /:key',
    'GET',
    '/api/payload-preferences/nav',
    'one admin preference (anonymous: none)',
    [200, 403, 403, 403, 200, 200, 200],
  ),
  row(
    'post /:key',
    'POST',
    '/api/payload-preferences/nav',
    'save an admin preference',
    [401, 403, 403, 403, 200, 200, 200],
    {
      body: { value: { open: true } },
    },
  ),
  row(
    'delete /:key',
    'DELETE',
    '/api/payload-preferences/nav',
    'delete an admin preference',
    [401, 403, 403, 403, 200, 200, 200],
  ),
  row('get /', 'GET', '/api/payload-jobs', 'the job queue', [403, 403, 403, 403, 403, 403, 403]),
  row(
    'get /run',
    'GET',
    '/api/payload-jobs/run',
    'run queued jobs now (admins and the server’s own runner; Payload answers others 401)',
    [401, 403, 403, 403, 401, 401, 200],
  ),
  row(
    'get /handle-schedules',
    'GET',
    '/api/payload-jobs/handle-schedules',
    'queue scheduled jobs now (no task has a schedule: closed)',
    nobody,
  ),
  row('get /', 'GET', '/api/payload-kv', 'Payload’s key-value store', [403, 403, 403, 403, 403, 403, 403]),
  row('get /', 'GET', '/api/payload-migrations', 'migrations (run at start, never over HTTP)', nobody),
  row(
    'get /',
    'GET',
    '/api/rate-limits',
    'the server’s rate-limit table',
    [403, 403, 403, 403, 403, 403, 403],
  ),
  row('none', 'GET', '/api/khong-co', 'a route that does not exist', nobody),
]

/**
 * Routes of the config every collection has, whose rights are the collection half of the matrix
 * (access/matrix.ts): reaching them for one collection in the table above stands for all.
 */
export const COLLECTION_ROUTES = [
  'get /',
  'get /:id',
  'get /count',
  'get /versions',
  'get /versions/:id',
  'post /',
  'patch /',
  'patch /:id',
  'delete /',
  'delete /:id',
  'post /:id/duplicate',
  'post /access/:id?',
  'post /versions/:id',
] as const

/** The README's table. */
export const endpointMatrixTable = (): string => {
  const lines = [
    `| Request | What | ${CALLERS.join(' | ')} |`,
    `|---|---|${CALLERS.map(() => '---').join('|')}|`,
  ]
  for (const entry of ENDPOINT_ACCESS) {
    const target = entry.target ? ` (:target = ${entry.target})` : ''
    lines.push(
      `| \`${entry.method} ${entry.path}\`${target} | ${entry.what} | ${CALLERS.map((c) => entry.statuses[c]).join(' | ')} |`,
    )
  }
  return lines.join('\n')
}

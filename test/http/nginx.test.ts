import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { freePort } from '../../scripts/lib/server'
import { ensureStaff, type StaffTokens } from '../helpers/http'
import { isolatedDatabase, pool } from '../helpers/servers'
import { TEST_ENGINE } from '../helpers/engine'

/**
 * The deployment of deploy/: Debian's nginx, with deploy/nginx/ntm-portal.conf (its address, port
 * and install folder replaced), in front of the portal running two processes on one port
 * (SERVER_PROCESSES=2) and trusting the proxy (TRUSTED_PROXIES). Reads, static assets, writes,
 * exact statistics, and a change seen through every process. CI installs nginx; on a machine
 * without it the file is skipped with a message.
 */
const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((file) => fs.existsSync(file))
const required = process.env.CI === 'true'
if (!NGINX && !required)
  console.warn('test/http/nginx.test.ts skipped: nginx is not installed (apt-get install nginx)')

let database: Awaited<ReturnType<typeof isolatedDatabase>>
let nginx: ChildProcess
let origin: string
let tokens: StaffTokens

const waitForPort = async (port: number) => {
  for (let attempt = 0; attempt < 100; attempt++) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => resolve(socket.end() && true))
      socket.on('error', () => resolve(false))
    })
    if (open) return
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`nginx did not listen on ${port}`)
}

/** The operator's file with this test's values in place of the example ones. */
const siteConf = (portalPort: number, nginxPort: number, distDir: string) => {
  const text = fs.readFileSync('deploy/nginx/ntm-portal.conf', 'utf8')
  for (const example of ['server 127.0.0.1:3000;', 'alias /srv/ntm-portal/.next/static/;', 'listen 80;']) {
    expect(text, `deploy/nginx/ntm-portal.conf no longer has "${example}"`).toContain(example)
  }
  return text
    .replace('server 127.0.0.1:3000;', `server 127.0.0.1:${portalPort};`)
    .replace('alias /srv/ntm-portal/.next/static/;', `alias ${path.resolve(distDir, 'static')}/;`)
    .replace('listen 80;', `listen 127.0.0.1:${nginxPort};`)
    .replace(/^\s*listen \[::\]:80;\n/m, '')
}

describe.skipIf(!NGINX && !required)('nginx in front of two processes (deploy/)', () => {
  beforeAll(async () => {
    if (!NGINX) throw new Error('nginx is not installed: apt-get install -y nginx (CI requires it)')
    tokens = await ensureStaff()
    database = await isolatedDatabase('nginx')
    const nginxPort = await freePort()
    const portalPort = await freePort()
    origin = `http://localhost:${nginxPort}`
    await database.start({
      PORT: String(portalPort),
      SERVER_URL: origin,
      SERVER_PROCESSES: '2',
      TRUSTED_PROXIES: '127.0.0.1,::1',
    })
    const dir = path.join(database.dir, 'nginx')
    fs.mkdirSync(dir)
    fs.writeFileSync(
      path.join(dir, 'site.conf'),
      siteConf(portalPort, nginxPort, database.env.NEXT_DIST_DIR!),
    )
    fs.writeFileSync(
      path.join(dir, 'nginx.conf'),
      [
        'worker_processes 1;',
        // Started as root (CI), nginx's workers would run as `nobody`, who may not write here.
        ...(process.getuid?.() === 0 ? ['user root;'] : []),
        `pid ${dir}/nginx.pid;`,
        `error_log ${dir}/error.log;`,
        'events { worker_connections 512; }',
        'http {',
        '  include /etc/nginx/mime.types;',
        `  access_log ${dir}/access.log;`,
        ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
          (name) => `  ${name}_temp_path ${dir}/${name};`,
        ),
        `  include ${dir}/site.conf;`,
        '}',
      ].join('\n'),
    )
    execFileSync(NGINX, ['-t', '-p', dir, '-c', path.join(dir, 'nginx.conf')], { stdio: 'pipe' })
    nginx = spawn(NGINX, ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-g', 'daemon off;'], {
      stdio: 'ignore',
    })
    await waitForPort(nginxPort)
  }, 120_000)

  afterAll(async () => {
    if (process.env.NTM_SHOW_NGINX_LOG)
      console.log(fs.readFileSync(path.join(database.dir, 'nginx', 'error.log'), 'utf8'))
    nginx?.kill('SIGQUIT')
    await database?.stop()
  })

  const through = (pathname: string, init: RequestInit = {}) => fetch(`${origin}${pathname}`, init)

  it('serves pages through the proxy, on the public origin, and the build’s assets from disk', async () => {
    const home = await through('/')
    expect(home.status).toBe(200)
    expect(home.headers.get('server')).toMatch(/^nginx/)
    const html = await home.text()
    const stylesheet = html.match(/href="(\/_next\/static\/[^"]+\.css)"/)?.[1]
    expect(stylesheet).toBeTruthy()
    const asset = await through(stylesheet!)
    expect(asset.status).toBe(200)
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect(asset.headers.get('content-type')).toMatch(/^text\/css/)
  })

  it('passes the health endpoints through for the agency’s monitoring', async () => {
    expect((await through('/healthz')).status).toBe(200)
    const ready = await through('/readyz')
    expect(ready.status).toBe(200)
    expect((await ready.json()).status).toBe('ready')
  })

  it('takes writes, and every process shows the change at once', async () => {
    const title = `Qua nginx ${Date.now()}`
    const created = await through('/api/articles', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${tokens.editor}` },
      body: JSON.stringify({ title, _status: 'published' }),
    })
    expect(created.status).toBe(201)
    const { doc } = (await created.json()) as { doc: { slug: string } }
    // Many reads at once, over several proxy connections, so both processes answer: within a
    // second (the other process learns of the change from the shared log) every one shows it.
    const readAll = () =>
      pool(
        Array.from({ length: 24 }, () => async () => (await through('/tin-tuc')).text()),
        8,
      )
    const deadline = Date.now() + 1000
    while (
      Date.now() < deadline &&
      !(await readAll()).every((page) => page.includes(`/tin-tuc/${doc.slug}`))
    ) {
      await new Promise((r) => setTimeout(r, 100))
    }
    for (const page of await readAll()) expect(page).toContain(`/tin-tuc/${doc.slug}`)
    const search = await through(`/tim-kiem?q=${encodeURIComponent(title)}`)
    expect(await search.text()).toContain(`/tin-tuc/${doc.slug}`)
  })

  it.skipIf(TEST_ENGINE === 'mongodb')(
    'counts visitors exactly, each by the address the proxy reports',
    async () => {
      const visits = async () => {
        const { rows } = await database.db().execute("SELECT visits FROM stats_counters WHERE period = 'all'")
        return Number(rows[0]?.visits ?? 0)
      }
      const before = await visits()
      const answers = await pool(
        Array.from({ length: 40 }, (_, n) => async () => {
          const response = await through('/api/stats/hit', {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              'user-agent': `Mozilla/5.0 (Linux; Android 14; Nginx ${n}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36`,
              'x-forwarded-for': `10.77.0.${n + 1}`,
            },
            body: JSON.stringify({ path: '/' }),
          })
          return response.status
        }),
        8,
      )
      expect(answers.every((status) => status < 300)).toBe(true)
      expect((await visits()) - before).toBe(40)
    },
  )

  it('passes the portal’s own refusals through: 413 with its message, not nginx’s page', async () => {
    const big = await through('/api/articles', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${tokens.editor}` },
      body: JSON.stringify({ title: 'x'.repeat(3_000_000) }),
    })
    expect(big.status).toBe(413)
    expect(((await big.json()) as { errors: { message: string }[] }).errors[0].message).toBeTruthy()
  })
})

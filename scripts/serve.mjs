#!/usr/bin/env node
/**
 * `npm start`: the production server is TypeScript (server/main.ts), compiled on load by tsx;
 * `npm run dev` runs the same file without NODE_ENV=production, over `next dev`.
 * SERVER_PROCESSES=N (default 1) runs N server processes on one port with Node's cluster module:
 * the first process hands each new connection to the next worker in turn, and every worker is a
 * whole server (server/main.ts) sharing the database, so the cross-process rules hold between
 * them exactly as between servers behind a reverse proxy. A worker that dies is replaced; one
 * that fails before it ever served stops them all with its exit status (a configuration or
 * database the server cannot use is checked once, here, before any worker starts, so it prints
 * one line, not one per worker).
 */
import cluster from 'node:cluster'

import { tsImport } from 'tsx/esm/api'

const processes = Math.max(1, Number(process.env.SERVER_PROCESSES) || 1)

if (processes > 1 && cluster.isPrimary) {
  const { preflight, cannotStart } = await tsImport('../server/preflight.ts', import.meta.url)
  const { database } = await preflight(process.env, process.cwd()).catch(cannotStart)
  await database.close()
  let stopping = false
  let served = false
  const fork = () => cluster.fork()
  cluster.on('message', (_worker, message) => {
    if (message?.ntm === 'ready') served = true
  })
  for (let n = 0; n < processes; n += 1) fork()
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return
    if (!served && code !== 0) {
      // It printed why; the others would fail the same way.
      stop('SIGTERM', code ?? 1)
      return
    }
    console.error(
      JSON.stringify({
        level: 'error',
        time: new Date().toISOString(),
        pid: process.pid,
        msg: `server process ${worker.process.pid} ended (${signal ?? code}); starting another`,
      }),
    )
    fork()
  })
  function stop(signal, status = 0) {
    stopping = true
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal)
    let left = Object.keys(cluster.workers ?? {}).length
    if (!left) process.exit(status)
    cluster.on('exit', () => {
      left -= 1
      if (left <= 0) process.exit(status)
    })
  }
  process.on('SIGINT', () => stop('SIGINT'))
  process.on('SIGTERM', () => stop('SIGTERM'))
} else {
  await tsImport('../server/main.ts', import.meta.url)
}

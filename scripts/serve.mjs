#!/usr/bin/env node
/**
 * `npm start`: the production server is TypeScript (server/main.ts), compiled on load by tsx;
 * `npm run dev` runs the same file without NODE_ENV=production, over `next dev`.
 * SERVER_PROCESSES=N (default 1) runs N server processes on one port with Node's cluster module:
 * the first process hands each new connection to the next worker in turn, and every worker is a
 * whole server (server/main.ts) sharing the database, so the cross-process rules hold between
 * them exactly as between servers behind a reverse proxy. A worker that dies is replaced.
 */
import cluster from 'node:cluster'

import { tsImport } from 'tsx/esm/api'

const processes = Math.max(1, Number(process.env.SERVER_PROCESSES) || 1)

if (processes > 1 && cluster.isPrimary) {
  let stopping = false
  const fork = () => cluster.fork()
  for (let n = 0; n < processes; n += 1) fork()
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return
    console.error(`server process ${worker.process.pid} ended (${signal ?? code}); starting another`)
    fork()
  })
  const stop = (signal) => {
    stopping = true
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal)
    let left = Object.keys(cluster.workers ?? {}).length
    if (!left) process.exit(0)
    cluster.on('exit', () => {
      left -= 1
      if (left <= 0) process.exit(0)
    })
  }
  process.on('SIGINT', () => stop('SIGINT'))
  process.on('SIGTERM', () => stop('SIGTERM'))
} else {
  await tsImport('../server/main.ts', import.meta.url)
}

#!/usr/bin/env node
/**
 * Waits until the server on PORT (3000) answers /readyz with 200, for at most READY_TIMEOUT_SECONDS
 * (120): systemd's ExecStartPost (deploy/systemd/ntm-portal.service) so that `systemctl start`
 * returns when the portal can serve, and fails when it cannot. Exit 0 ready, 1 not.
 * Also `npm run ready` for an operator or a monitor: prints the checks.
 */
const port = Number(process.env.PORT) || 3000
const deadline = Date.now() + (Number(process.env.READY_TIMEOUT_SECONDS) || 120) * 1000
let last = 'no answer'
while (Date.now() < deadline) {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/readyz`)
    last = `${response.status} ${await response.text()}`
    if (response.status === 200) {
      console.log(last)
      process.exit(0)
    }
  } catch (error) {
    last = error.cause?.code ?? error.message
  }
  await new Promise((resolve) => setTimeout(resolve, 500))
}
console.error(`ntm: not ready on port ${port}: ${last}`)
process.exit(1)

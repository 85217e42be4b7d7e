/**
 * The physical limit the benchmark compares with: plain Node sending one page's bytes from
 * memory, nothing else. Usage: node scripts/bench/rawServer.mjs <file> <content-type> <port>
 */
import fs from 'node:fs'
import http from 'node:http'

const [file, contentType, port] = process.argv.slice(2)
const body = fs.readFileSync(file)
http
  .createServer((req, res) => {
    res.writeHead(200, { 'content-type': contentType, 'content-length': body.length })
    res.end(body)
  })
  .listen(Number(port), '127.0.0.1', () => console.log('ready'))

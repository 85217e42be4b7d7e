#!/usr/bin/env node
// `npm start`: the production server is TypeScript (server/main.ts), compiled on load by tsx.
import { tsImport } from 'tsx/esm/api'

await tsImport('../server/main.ts', import.meta.url)

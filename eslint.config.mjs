import nextCoreWebVitals from 'eslint-config-next/core-web-vitals'
import nextTypescript from 'eslint-config-next/typescript'

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: [
      'node_modules/**',
      '.next/**',
      '.next-test/**',
      '.next-test-*/**',
      '.next-bench/**',
      'data/**',
      'payload-types.ts',
      'migrations/**',
      'app/(payload)/admin/importMap.js',
    ],
  },
]

export default config

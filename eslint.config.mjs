import nextCoreWebVitals from 'eslint-config-next/core-web-vitals'
import nextTypescript from 'eslint-config-next/typescript'

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: [
      'node_modules/**',
      // Every build folder: .next, .next-test(-*), .next-bench, .next-screens.
      '.next*/**',
      'screenshots/**',
      'bench/tmp/**',
      'data/**',
      'payload-types.ts',
      'migrations/**',
      'app/(payload)/admin/importMap.js',
    ],
  },
]

export default config

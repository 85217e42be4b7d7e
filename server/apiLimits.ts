export type ApiLimits = { anonymous: number; authenticated: number; windowSeconds: number }

/** From the environment: API_RATE_LIMIT (300), API_RATE_LIMIT_AUTHENTICATED (1200), API_RATE_WINDOW_SECONDS (60). */
export const apiLimits = (env: NodeJS.ProcessEnv = process.env): ApiLimits => ({
  anonymous: Number(env.API_RATE_LIMIT) || 300,
  authenticated: Number(env.API_RATE_LIMIT_AUTHENTICATED) || 1200,
  windowSeconds: Number(env.API_RATE_WINDOW_SECONDS) || 60,
})

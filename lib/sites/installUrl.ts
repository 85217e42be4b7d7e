/** The install's public origin: SERVER_URL in production, localhost otherwise. */
export const siteUrl = (): URL => new URL(process.env.SERVER_URL || 'http://localhost:3000')

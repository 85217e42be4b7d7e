import { type NextRequest, NextResponse } from 'next/server'

const LANGUAGE_COOKIE = 'payload-lng'

/**
 * The admin speaks Vietnamese unless the user picked English (Payload stores that choice in
 * the `payload-lng` cookie). Without this, Payload follows the browser's Accept-Language, and a
 * newsroom computer set up in English would get an English admin.
 */
export const proxy = (request: NextRequest) => {
  if (request.cookies.has(LANGUAGE_COOKIE)) return NextResponse.next()
  request.cookies.set(LANGUAGE_COOKIE, 'vi')
  const response = NextResponse.next({ request: { headers: request.headers } })
  response.cookies.set(LANGUAGE_COOKIE, 'vi', { path: '/', sameSite: 'lax', maxAge: 60 * 60 * 24 * 365 })
  return response
}

export const config = { matcher: ['/admin/:path*', '/admin'] }

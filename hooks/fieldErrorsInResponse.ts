import type { AfterErrorHook } from 'payload'

type FieldError = { path: string; message: string }
type ErrorLike = { message?: string; status?: number; isPublic?: boolean; data?: { errors?: FieldError[] } }

const isFieldErrorList = (value: unknown): value is FieldError[] =>
  Array.isArray(value) && value.every((e) => e && typeof e.path === 'string' && typeof e.message === 'string')

/**
 * Next bundles the `payload` module into more than one server chunk. When a ValidationError made
 * by one copy reaches the REST error formatter of another, its `instanceof` check fails (and the
 * minifier has renamed the class, so its name does not help) and the answer is a bare 400 with
 * "The following field is invalid: slug". Recognised by shape instead, the field errors are put
 * back, so partners and the admin get each invalid field's path and message.
 */
export const fieldErrorsInResponse: AfterErrorHook = ({ error, result }) => {
  const err = error as ErrorLike
  // The same happens to an APIError meant for the client ("limit must be a whole number"): it
  // came out as "An unknown error occurred."
  if (err.status && err.status < 500 && err.isPublic && !isFieldErrorList(err.data?.errors)) {
    const formatted = (result as { errors?: { message?: string }[] } | undefined)?.errors?.[0]?.message
    if (formatted && formatted === err.message && !err.data) return
    return {
      status: err.status,
      response: { errors: [{ message: err.message ?? '', ...(err.data ? { data: err.data } : {}) }] },
    }
  }
  if (err.status !== 400 || !isFieldErrorList(err.data?.errors)) return
  const formatted = (result as { errors?: { data?: unknown }[] } | undefined)?.errors?.[0]?.data
  if (formatted) return
  return {
    status: 400,
    response: { errors: [{ name: 'ValidationError', message: err.message ?? '', data: err.data }] },
  }
}

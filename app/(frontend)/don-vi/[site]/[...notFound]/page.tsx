import { notFound } from 'next/navigation'

/** Any other path renders the Vietnamese 404 inside the site's layout, with status 404. */
const CatchAll = () => notFound()

export default CatchAll

import { RelatedLinks } from './RelatedLinks'
import { SiteSettings } from './SiteSettings'

export const globals = [SiteSettings, RelatedLinks]

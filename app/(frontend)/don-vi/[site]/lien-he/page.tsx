import { type Fact, FactList } from '@/components/FactList'
import { t } from '@/lib/i18n'
import { sitePageMetadata } from '@/lib/metadata'
import { siteIdentity } from '@/lib/sites/identity'
import { routes } from '@/lib/routes'
import { type SiteParams, siteOf } from '@/lib/sites/registry'

export const revalidate = 60
export const generateMetadata = sitePageMetadata({
  title: t.contactPage.title,
  path: routes.contact(),
  description: t.contactPage.intro,
})

const ContactPage = async ({ params }: SiteParams) => {
  await siteOf(params)
  const identity = await siteIdentity()
  const rows: Fact[] = [
    [t.contactPage.organisation, identity.agency],
    [t.fields.portalName, identity.name],
    [t.site.address, identity.address],
    [
      t.site.phone,
      identity.phone ? <a href={`tel:${identity.phone.replace(/[^\d+]/g, '')}`}>{identity.phone}</a> : null,
    ],
    [t.site.email, identity.email ? <a href={`mailto:${identity.email}`}>{identity.email}</a> : null],
    [t.site.responsible, identity.responsiblePerson],
    [t.fields.licence, identity.licence],
  ]
  return (
    <>
      <h1>{t.contactPage.title}</h1>
      <p>{t.contactPage.intro}</p>
      <FactList facts={rows} />
    </>
  )
}

export default ContactPage

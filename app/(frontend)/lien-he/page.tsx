import { type Fact, FactList } from '@/components/FactList'
import { t } from '@/lib/i18n'
import { pageMetadata } from '@/lib/metadata'
import { siteSettings } from '@/lib/queries/globals'
import { routes } from '@/lib/routes'

export const revalidate = 60
export const metadata = pageMetadata({
  title: t.contactPage.title,
  path: routes.contact(),
  description: t.contactPage.intro,
})

const ContactPage = async () => {
  const settings = await siteSettings()
  const rows: Fact[] = [
    [t.contactPage.organisation, settings.agency],
    [t.fields.portalName, settings.portalName],
    [t.site.address, settings.address],
    [
      t.site.phone,
      settings.phone ? <a href={`tel:${settings.phone.replace(/[^\d+]/g, '')}`}>{settings.phone}</a> : null,
    ],
    [t.site.email, settings.email ? <a href={`mailto:${settings.email}`}>{settings.email}</a> : null],
    [t.site.responsible, settings.responsiblePerson],
    [t.fields.licence, settings.licence],
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

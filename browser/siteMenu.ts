/**
 * The menu's sub-menus are `<details>` (components/SiteNav.tsx) and work without this script. With
 * it they also behave as readers expect of a menu: Escape closes the open one and returns focus to
 * its button; a click or keyboard focus outside it closes it, so an open sub-menu never stays over
 * the page. Opening one closes the others (`name` on the elements does that where supported).
 */
const openMenus = (): HTMLDetailsElement[] =>
  Array.from(document.querySelectorAll<HTMLDetailsElement>('.site-nav details[open]'))

const closeOutside = (target: EventTarget | null) => {
  for (const menu of openMenus()) {
    if (!(target instanceof Node) || !menu.contains(target)) menu.open = false
  }
}

document.addEventListener('click', (event) => closeOutside(event.target))
document.addEventListener('focusin', (event) => closeOutside(event.target))
document.addEventListener(
  'toggle',
  (event) => {
    const opened = event.target
    if (!(opened instanceof HTMLDetailsElement) || !opened.open || !opened.closest('.site-nav')) return
    for (const menu of openMenus()) if (menu !== opened) menu.open = false
  },
  // `toggle` does not bubble: listen while it travels down.
  true,
)
document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') return
  const menu = openMenus()[0]
  if (!menu) return
  menu.open = false
  menu.querySelector('summary')?.focus()
})

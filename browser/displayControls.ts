/**
 * The display controls' behaviour, at the end of <body>: event delegation on buttons marked
 * `data-a11y` (and `data-print`), so the bar needs no React on the client and works the same on a
 * page that is never hydrated. The announcements come from the script element's
 * `data-messages` (the Vietnamese dictionary, rendered by the layout).
 */
import {
  type ControlMessages,
  parsePreferences,
  type Preferences,
  STORAGE_KEY,
  stepText,
} from '../lib/a11y/preferences'

const script = document.currentScript as HTMLScriptElement | null
const messages = JSON.parse(script?.dataset.messages ?? '{}') as ControlMessages
const root = document.documentElement

const read = (): Preferences => {
  try {
    return parsePreferences(localStorage.getItem(STORAGE_KEY))
  } catch {
    return parsePreferences(null)
  }
}

const each = (selector: string, apply: (element: Element) => void) =>
  document.querySelectorAll(selector).forEach(apply)

const showPressed = (preferences: Preferences) => {
  const high = preferences.contrast === 'high'
  each('[data-a11y="contrast-high"]', (button) => button.setAttribute('aria-pressed', String(high)))
  each('[data-a11y="contrast-normal"]', (button) => button.setAttribute('aria-pressed', String(!high)))
}

const apply = (preferences: Preferences, announcement: string) => {
  root.style.fontSize = preferences.textScale === 100 ? '' : `${preferences.textScale}%`
  if (preferences.contrast) root.setAttribute('data-contrast', preferences.contrast)
  else root.removeAttribute('data-contrast')
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(preferences))
  } catch {
    // Not stored: the choice lasts for this page only.
  }
  showPressed(preferences)
  const status = document.getElementById('a11y-status')
  if (status) status.textContent = announcement
}

document.addEventListener('click', (event) => {
  const button = (event.target as Element | null)?.closest?.('[data-a11y],[data-print],[data-a11y-toggle]')
  if (!button) return
  if (button.hasAttribute('data-a11y-toggle')) {
    // The phone's folded bar: the stylesheet shows the panel while the button says it is expanded.
    button.setAttribute('aria-expanded', String(button.getAttribute('aria-expanded') !== 'true'))
    return
  }
  if (button.hasAttribute('data-print')) {
    window.print()
    return
  }
  const preferences = read()
  const control = button.getAttribute('data-a11y')
  if (control === 'smaller') preferences.textScale = stepText(preferences.textScale, -1)
  else if (control === 'larger') preferences.textScale = stepText(preferences.textScale, 1)
  else if (control === 'reset') preferences.textScale = 100
  else if (control === 'contrast-high') preferences.contrast = 'high'
  else if (control === 'contrast-normal') preferences.contrast = 'normal'
  else return
  const announcement = control.startsWith('contrast')
    ? preferences.contrast === 'high'
      ? messages.announceHigh
      : messages.announceNormal
    : messages.announceSize.replace('{n}', String(preferences.textScale))
  apply(preferences, announcement)
})

showPressed(read())

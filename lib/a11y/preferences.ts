/**
 * The reader's display preferences: text size (a percentage of their own browser setting, so
 * everything sized in rem grows with it) and contrast. Kept in localStorage, applied by a tiny
 * inline script before the first paint, so pages stay static and nothing flashes.
 */
export const TEXT_STEPS = [100, 112.5, 125, 150, 175, 200] as const
export type TextScale = (typeof TEXT_STEPS)[number]
export type Contrast = 'normal' | 'high'
export type Preferences = { textScale: TextScale; contrast?: Contrast }

export const STORAGE_KEY = 'ntm-hien-thi'
export const DEFAULT_PREFERENCES: Preferences = { textScale: 100 }

export const parsePreferences = (raw: string | null | undefined): Preferences => {
  try {
    const value = JSON.parse(raw ?? '{}') as Partial<Preferences>
    const textScale = TEXT_STEPS.includes(value.textScale as TextScale) ? (value.textScale as TextScale) : 100
    const contrast = value.contrast === 'high' || value.contrast === 'normal' ? value.contrast : undefined
    return { textScale, contrast }
  } catch {
    return DEFAULT_PREFERENCES
  }
}

export const stepText = (current: TextScale, direction: 1 | -1): TextScale => {
  const index = TEXT_STEPS.indexOf(current)
  return TEXT_STEPS[Math.min(TEXT_STEPS.length - 1, Math.max(0, index + direction))]
}

/**
 * Runs in <head> before anything is drawn. It marks that JavaScript runs (controls that need it
 * are shown only then) and applies the stored preferences. `contrast` is written only when the
 * reader chose, so `prefers-contrast: more` keeps working until they do.
 */
export const prePaintScript = `(function(){var d=document.documentElement;d.setAttribute('data-js','');try{var p=JSON.parse(localStorage.getItem('${STORAGE_KEY}')||'{}');var s=[${TEXT_STEPS.join(',')}];if(s.indexOf(p.textScale)>0){d.style.fontSize=p.textScale+'%'}if(p.contrast==='high'||p.contrast==='normal'){d.setAttribute('data-contrast',p.contrast)}}catch(e){}})();`

export type ControlMessages = { announceSize: string; announceHigh: string; announceNormal: string }

/**
 * The display controls' behaviour, as one small inline script at the end of <body>: event
 * delegation on buttons marked `data-a11y` (and `data-print`), so the bar needs no React on the
 * client and works the same on a page that is never hydrated.
 */
export const controlsScript = (messages: ControlMessages): string =>
  `(function(){var K='${STORAGE_KEY}',S=[${TEXT_STEPS.join(',')}],M=${JSON.stringify(messages).replace(/</g, '\\u003c')},d=document.documentElement;` +
  `function r(){var p;try{p=JSON.parse(localStorage.getItem(K)||'{}')||{}}catch(e){p={}}if(S.indexOf(p.textScale)<0)p.textScale=100;if(p.contrast!=='high'&&p.contrast!=='normal')delete p.contrast;return p}` +
  `function e(q,f){Array.prototype.forEach.call(document.querySelectorAll(q),f)}` +
  `function y(p){var h=p.contrast==='high';e('[data-a11y="contrast-high"]',function(b){b.setAttribute('aria-pressed',String(h))});e('[data-a11y="contrast-normal"]',function(b){b.setAttribute('aria-pressed',String(!h))})}` +
  `function a(p,m){d.style.fontSize=p.textScale===100?'':p.textScale+'%';if(p.contrast)d.setAttribute('data-contrast',p.contrast);else d.removeAttribute('data-contrast');try{localStorage.setItem(K,JSON.stringify(p))}catch(x){}y(p);var s=document.getElementById('a11y-status');if(s)s.textContent=m}` +
  `document.addEventListener('click',function(v){var b=v.target&&v.target.closest&&v.target.closest('[data-a11y],[data-print]');if(!b)return;if(b.hasAttribute('data-print')){window.print();return}` +
  `var p=r(),c=b.getAttribute('data-a11y'),i=S.indexOf(p.textScale);if(c==='smaller')p.textScale=S[Math.max(0,i-1)];else if(c==='larger')p.textScale=S[Math.min(S.length-1,i+1)];else if(c==='reset')p.textScale=100;else if(c==='contrast-high')p.contrast='high';else if(c==='contrast-normal')p.contrast='normal';else return;` +
  `a(p,c.indexOf('contrast')===0?(p.contrast==='high'?M.announceHigh:M.announceNormal):M.announceSize.replace('{n}',String(p.textScale)))});y(r())})();`

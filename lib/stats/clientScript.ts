import { HIT_PATH_PUBLIC, SUMMARY_PATH_PUBLIC } from './publicPaths'

/**
 * The page script (well under 2 KB, at the end of <body>, never blocking rendering). It sends
 * one beacon per page view: when the page is shown (a prerendered page only once it becomes
 * visible), and again when the page comes back from the back/forward cache. Once the beacon is
 * committed it refreshes the figures in the footer; without JavaScript they stay as rendered.
 * `fetch` with `keepalive` survives the page being closed, like `sendBeacon`, and tells us when
 * the hit is stored; `sendBeacon` is the fallback.
 */
export const statsScript = `(function(){var h='${HIT_PATH_PUBLIC}',s='${SUMMARY_PATH_PUBLIC}';function show(d){['online','today','month','total'].forEach(function(k){var e=document.querySelector('[data-stat="'+k+'"]');if(e&&typeof d[k]==='number')e.textContent=d[k].toLocaleString('vi-VN')})}function refresh(){fetch(s,{cache:'no-store'}).then(function(r){return r.ok?r.json():null}).then(function(d){if(d)show(d)}).catch(function(){})}function hit(){var b=JSON.stringify({path:location.pathname,webdriver:navigator.webdriver===true,headless:/HeadlessChrome/.test(navigator.userAgent)});if(window.fetch){fetch(h,{method:'POST',body:b,keepalive:true,headers:{'content-type':'application/json'}}).then(refresh,function(){})}else if(navigator.sendBeacon){navigator.sendBeacon(h,b)}}if(document.prerendering){document.addEventListener('prerenderingchange',hit,{once:true})}else{hit()}addEventListener('pageshow',function(e){if(e.persisted)hit()})})();`

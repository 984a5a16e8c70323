import { LOCALES, type Locale } from '../lib/i18n'
import { preferenceKey } from '../lib/browser/preferences'

/*
 * A pre-rendered page is in the first language in its #root, and in each other language in a
 * <template> after it. The head script (VISITORS_LANGUAGE_SCRIPT) moves the visitor's language into
 * #root before the first paint, so that a German visitor never sees the English page first, and
 * React then hydrates the page in that language.
 */

/** The language of the pre-rendered markup in #root. */
export const PRERENDER_LOCALE: Locale = 'en'

/** The languages each pre-rendered page also carries, in a <template>. */
export const TEMPLATE_LOCALES = LOCALES.filter((locale) => locale !== PRERENDER_LOCALE)

const TEMPLATE_ID_PREFIX = 'prerendered-'

/** The id of the <template> that holds a page in `locale`. */
export const prerenderedTemplateId = (locale: Locale) => TEMPLATE_ID_PREFIX + locale

/** On #root once the head script has put the page in another language there. */
const ROOT_LOCALE_ATTRIBUTE = 'data-prerendered-locale'

/** On <html> while the page waits for its markup in the visitor's language; #root is hidden. */
export const LOCALE_PENDING_ATTRIBUTE = 'data-prerendered-locale-pending'

/** The language of the pre-rendered markup in `root`, as the head script left it. */
export function prerenderedLocale(root: HTMLElement): Locale {
  const moved = root.getAttribute(ROOT_LOCALE_ATTRIBUTE)
  return LOCALES.find((locale) => locale === moved) ?? PRERENDER_LOCALE
}

/**
 * For the head script: picks the language as the app will (the saved choice, else the browser's
 * first known language, as initialLocale does) and, if it is not the first one, moves its
 * template into #root once the parser has passed the template (the node after it is there). A
 * MutationObserver runs before the browser paints what the parser added, and #root stays hidden
 * until then; at the latest the move happens when the document is parsed.
 */
export const VISITORS_LANGUAGE_SCRIPT = `(function(){try{
var all=${JSON.stringify(LOCALES)},saved=null,l=null;
try{saved=localStorage.getItem(${JSON.stringify(preferenceKey('locale'))})}catch(e){}
if(all.indexOf(saved)>=0)l=saved;
var asked=navigator.languages||[navigator.language];
for(var i=0;!l&&i<asked.length;i++){var p=String(asked[i]).toLowerCase().split("-")[0];if(all.indexOf(p)>=0)l=p}
if(!l||l===${JSON.stringify(PRERENDER_LOCALE)})return;
var h=document.documentElement,pending=${JSON.stringify(LOCALE_PENDING_ATTRIBUTE)};
h.setAttribute(pending,"");
function move(){var t=document.getElementById(${JSON.stringify(TEMPLATE_ID_PREFIX)}+l),r=document.getElementById("root");
if(!t||!t.nextSibling||!r||!r.hasAttribute("data-prerendered"))return false;
r.replaceChildren(t.content);t.remove();r.setAttribute(${JSON.stringify(ROOT_LOCALE_ATTRIBUTE)},l);h.lang=l;h.removeAttribute(pending);return true}
var o=new MutationObserver(function(){if(move())o.disconnect()});
o.observe(h,{childList:true,subtree:true});
document.addEventListener("DOMContentLoaded",function(){o.disconnect();move();h.removeAttribute(pending)})
}catch(e){}})()`

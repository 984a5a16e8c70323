import { describe, expect, it } from 'vitest'
import { pageHtml, preloadingHtml, themedHtml } from './prerender-plugin.ts'

const template = `<!doctype html>
<html lang="en">
  <head>
    <title>Console</title>
    <script type="module" src="/assets/index-abc.js"></script>
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`

const markup =
  '<style data-emotion="css-global 1x">body{margin:0}</style><!--$--><main>' +
  '<style data-emotion="css 2y">.css-2y{color:red}</style><h1 class="css-2y">Sign in</h1>' +
  '<style data-emotion="css 3z 4w">.css-3z{margin:0}.css-4w{padding:0}</style><p class="css-3z">Hi</p>' +
  '</main><!--/$-->'
const stylesAttribute = 'data-prerendered-styles'

describe('a pre-rendered page', () => {
  const style = 'html[data-saved-session] #root[data-prerendered]{visibility:hidden}'
  const html = pageHtml(template, {
    page: '/login',
    markup,
    style,
    scriptUrl: '/assets/head-123.js',
    stylesAttribute,
  })
  const head = html.slice(0, html.indexOf('</head>'))
  const root = /<div id="root"[^>]*>([\s\S]*?)<\/div>\s*<\/body>/.exec(html)

  it('carries the markup in #root, marked with its path, without the style tags', () => {
    expect(html).toContain('<div id="root" data-prerendered="/login">')
    expect(root?.[1]).toBe(
      '<!--$--><main><h1 class="css-2y">Sign in</h1><p class="css-3z">Hi</p></main><!--/$-->',
    )
  })

  it("has every style in the head, the components' in one sheet that names them, and the head script before the app script", () => {
    expect(head).toContain(`<style>${style}</style>`)
    expect(head).toContain('<style data-emotion="css-global 1x">body{margin:0}</style>')
    expect(head).toContain(
      '<style data-prerendered-styles="2y 3z 4w">.css-2y{color:red}.css-3z{margin:0}.css-4w{padding:0}</style>',
    )
    const scheme = head.indexOf('<script src="/assets/head-123.js"></script>')
    expect(scheme).toBeGreaterThan(-1)
    expect(scheme).toBeLessThan(head.indexOf('/assets/index-abc.js'))
  })

  it('adds the styles of the page’s later looks, each style once, and none of their markup', () => {
    const later =
      '<style data-emotion="css-global 1x">body{margin:0}</style><main>' +
      '<style data-emotion="css 2y">.css-2y{color:red}</style><h1 class="css-2y">Keys</h1>' +
      '<style data-emotion="css 5v">.css-5v{border:0}</style><table class="css-5v"></table></main>'
    const withLater = pageHtml(template, {
      page: '/keys',
      markup,
      laterMarkup: later,
      style,
      scriptUrl: '/x.js',
      stylesAttribute,
    })
    const laterHead = withLater.slice(0, withLater.indexOf('</head>'))
    expect(laterHead).toContain(
      '<style data-prerendered-styles="2y 3z 4w 5v">' +
        '.css-2y{color:red}.css-3z{margin:0}.css-4w{padding:0}.css-5v{border:0}</style>',
    )
    expect(laterHead.split('css-global 1x')).toHaveLength(2)
    expect(withLater).not.toContain('<table')
  })

  it('refuses markup with an inline script, which the content security policy would block', () => {
    const withScript = markup.replace('</main>', '<script>$RC("B:0","S:0")</script></main>')
    expect(() =>
      pageHtml(template, {
        page: '/keys',
        markup: withScript,
        style,
        scriptUrl: '/x.js',
        stylesAttribute,
      }),
    ).toThrow(/inline <script>/)
  })

  it('carries the page in each other language in a template after #root, with a node after it', () => {
    const german =
      '<!--$--><main><style data-emotion="css 2y">.css-2y{color:red}</style>' +
      '<h1 class="css-2y">Anmelden</h1><style data-emotion="css 6u">.css-6u{gap:0}</style>' +
      '<p class="css-6u">Hallo</p></main><!--/$-->'
    const translated = pageHtml(template, {
      page: '/login',
      markup,
      translations: [{ templateId: 'prerendered-de', markup: german }],
      style,
      scriptUrl: '/x.js',
      stylesAttribute,
    })
    expect(translated).toContain(
      '</div><template id="prerendered-de"><!--$--><main><h1 class="css-2y">Anmelden</h1>' +
        '<p class="css-6u">Hallo</p></main><!--/$--></template><!---->',
    )
    // Its styles join the page's in the head, each once.
    expect(translated).toContain('<style data-prerendered-styles="2y 3z 4w 6u">')
  })

  it('refuses a translation with an inline script', () => {
    expect(() =>
      pageHtml(template, {
        page: '/login',
        markup,
        translations: [{ templateId: 'prerendered-de', markup: '<script>x()</script>' }],
        style,
        scriptUrl: '/x.js',
        stylesAttribute,
      }),
    ).toThrow(/inline <script>/)
  })

  it('refuses a template that has no empty #root', () => {
    expect(() =>
      pageHtml(template.replace('<div id="root"></div>', ''), {
        page: '/login',
        markup,
        style,
        scriptUrl: '/x.js',
        stylesAttribute,
      }),
    ).toThrow(/#root|root/)
  })
})

describe('a page that names its code up front', () => {
  it('asks for each of its modules in the head, after the entry and at low priority', () => {
    const html = preloadingHtml(template, ['/assets/Layout-1.js', '/assets/MyKeysRoute-2.js'])
    const head = html.slice(0, html.indexOf('</head>'))
    expect(head.indexOf('/assets/index-abc.js')).toBeLessThan(head.indexOf('Layout-1.js'))
    for (const file of ['Layout-1.js', 'MyKeysRoute-2.js']) {
      expect(head).toContain(
        `<link rel="modulepreload" crossorigin fetchpriority="low" href="/assets/${file}">`,
      )
    }
    expect(html).toContain('<div id="root"></div>')
  })
})

describe('every page of the build', () => {
  it('has the theme’s variables in its head, before any other style', () => {
    const sheet = { id: 'theme-sheet', css: ':root{--mui-palette-primary-main:#003d8f}' }
    const html = pageHtml(themedHtml(template, sheet), {
      page: '/login',
      markup,
      style: 'html{}',
      scriptUrl: '/x.js',
      stylesAttribute,
    })
    const head = html.slice(0, html.indexOf('</head>'))
    const variables = head.indexOf(`<style id="theme-sheet">${sheet.css}</style>`)
    expect(variables).toBeGreaterThan(-1)
    expect(variables).toBeLessThan(head.indexOf('<style>html{}</style>'))
    expect(variables).toBeLessThan(head.indexOf('<style data-emotion'))
  })
})

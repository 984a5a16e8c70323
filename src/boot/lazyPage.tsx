import { lazy, useEffect, useState, type ComponentType } from 'react'
import { whenIdle } from '../lib/browser/whenIdle'

export interface LazyPage<P extends object> {
  (props: P): React.JSX.Element
  /** Loads the page's code ahead of its first render; a failed load may be tried again. */
  preload: () => Promise<unknown>
}

/**
 * A page whose code loads on demand, like React.lazy, that can also be loaded ahead: once loaded,
 * it renders at once instead of suspending. A pre-rendered page is then hydrated in one pass;
 * a page that suspended midway would be thrown away and rendered afresh by React as soon as a
 * context above it changes (the theme provider's first effect does).
 */
export function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>): LazyPage<P> {
  let loaded: ComponentType<P> | undefined
  let loading: Promise<ComponentType<P>> | undefined
  const preload = () => {
    loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        loading = undefined
        throw error
      },
    )
    return loading
  }
  const Lazy = lazy(async () => ({ default: await preload() }))
  function Page(props: P) {
    // Chosen once per mount: switching from Lazy to the loaded component would remount the page.
    const [Component] = useState<ComponentType<P>>(() => loaded ?? Lazy)
    return <Component {...props} />
  }
  return Object.assign(Page, { preload })
}

/**
 * Loads a page's code once the browser is idle, while `when` holds, so that its first open renders
 * in the input's own frame. A failed load is left to that first open, which tries again.
 */
export function usePreloadWhenIdle(page: Pick<LazyPage<never>, 'preload'>, when = true): void {
  useEffect(() => {
    if (when) return whenIdle(() => void page.preload().catch(() => undefined))
  }, [page, when])
}

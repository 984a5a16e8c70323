/**
 * An object made on its first use. For values a library builds when its module loads but reads
 * only in rare cases (MUI's default themes; see scripts/lazy-default-themes.ts): reads, `in`,
 * `Object.keys` and spreads see the made object.
 */
export function lazyObject<T extends object>(make: () => T): T {
  let made: T | undefined
  const target = () => (made ??= make())
  return new Proxy({} as T, {
    get: (_, key) => Reflect.get(target(), key),
    has: (_, key) => Reflect.has(target(), key),
    ownKeys: () => Reflect.ownKeys(target()),
    getOwnPropertyDescriptor: (_, key) => Reflect.getOwnPropertyDescriptor(target(), key),
  })
}

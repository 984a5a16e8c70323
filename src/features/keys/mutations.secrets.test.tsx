import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query'
import { act, renderHook, waitFor } from '@testing-library/react'
import type { ReactNode } from 'react'
import { describe, expect, it } from 'vitest'
import { control, demoKeys, demoUsers, setUpEmulator, signInAs } from '../../testing/emulator'
import type { KeyPair } from './download'
import { useGenerateKey, useRenewKey } from './mutations'
import { keyQueries, keySource } from './queries'

setUpEmulator()

const alice = demoUsers.alice.id

/** Everything both caches hold, as text: query keys and states, mutation keys and states. */
function everythingCached(client: QueryClient): string {
  const queries = client.getQueryCache().getAll()
  const mutations = client.getMutationCache().getAll()
  return JSON.stringify({
    queries: queries.map((query) => [query.queryKey, query.state]),
    mutations: mutations.map((mutation) => [mutation.options.mutationKey, mutation.state]),
  })
}

/** Every secret alice's keys have on the server (the Cloud API sends them with every list). */
async function secretsOnServer(): Promise<string[]> {
  const snapshot = (await (await control('GET', '/snapshot')).json()) as {
    keys: { userId: string; secretKey: string }[]
  }
  return snapshot.keys.filter((key) => key.userId === alice).map((key) => key.secretKey)
}

/** Alice's list, as My keys shows it, and one of the two mutations that return a secret. */
async function renderWithList<T>(useMutationHook: () => T) {
  await signInAs(demoUsers.alice.email)
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false, gcTime: 0 } },
  })
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  )
  const { result } = renderHook(
    () => ({
      list: useQuery(keyQueries.list(keySource(alice, true, true))),
      mutation: useMutationHook(),
    }),
    { wrapper },
  )
  await waitFor(() => expect(result.current.list.isSuccess).toBe(true))
  return { client, result }
}

async function expectNoSecretIn(client: QueryClient, shown: KeyPair) {
  const cached = everythingCached(client)
  expect(cached).toContain(shown.accessKey)
  for (const secret of [shown.secretKey, ...(await secretsOnServer())]) {
    expect(cached.includes(secret), 'a secret in the query or mutation cache').toBe(false)
  }
}

describe('the secret of a new or renewed key never enters the query cache', () => {
  it.each([
    ['the management API', true],
    ['the Cloud API', false],
  ])(
    'generating through %s leaves the secret only with the caller, even after the list is read again',
    async (_api, viaManagement) => {
      const { client, result } = await renderWithList(() => useGenerateKey(alice, viaManagement))
      let shown: KeyPair | undefined
      act(() =>
        result.current.mutation.mutate('Cache check', {
          // What the dialog does: keep the pair in its own state, then forget the mutation.
          onSuccess: (pair) => {
            shown = pair
            result.current.mutation.reset()
          },
        }),
      )
      await waitFor(() => expect(shown).toBeDefined())
      const created = shown as KeyPair
      expect(created.secretKey).toMatch(/^[A-Za-z0-9+/=]{40}$/)
      await waitFor(() =>
        expect(result.current.list.data?.keys.map((key) => key.accessKey)).toContain(
          created.accessKey,
        ),
      )
      await expectNoSecretIn(client, created)
    },
  )

  it('renewing leaves the new secret only with the caller, even after the list is read again', async () => {
    const { client, result } = await renderWithList(() => useRenewKey(alice))
    const readBefore = result.current.list.dataUpdatedAt
    let shown: KeyPair | undefined
    act(() =>
      result.current.mutation.mutate(demoKeys.aliceDescribed, {
        onSuccess: (pair) => {
          shown = pair
          result.current.mutation.reset()
        },
      }),
    )
    await waitFor(() => expect(shown).toBeDefined())
    await waitFor(() => expect(result.current.list.dataUpdatedAt).toBeGreaterThan(readBefore))
    const renewed = shown as KeyPair
    expect(await secretsOnServer()).toContain(renewed.secretKey)
    await expectNoSecretIn(client, renewed)
  })
})

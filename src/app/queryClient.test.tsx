import { QueryClientProvider, useQuery, type QueryClient } from '@tanstack/react-query'
import { render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createQueryClient } from './queryClient'

/** A list whose reads are counted, and which the server refuses while `refusing` is set. */
function refusableList() {
  const server = { reads: 0, refusing: true }
  const read = () => {
    server.reads += 1
    return server.refusing
      ? Promise.reject(new Error('Internal server error.'))
      : Promise.resolve('the list')
  }
  const options = { queryKey: ['list'], queryFn: read }
  function ListPage() {
    const list = useQuery(options)
    if (list.isError) return <p role="alert">{list.error.message}</p>
    return <p>{list.data ?? 'Loading'}</p>
  }
  const open = (client: QueryClient) =>
    render(
      <QueryClientProvider client={client}>
        <ListPage />
      </QueryClientProvider>,
    )
  return { server, options, open }
}

afterEach(() => {
  vi.useRealTimers()
})

describe('a page that opens onto a list read ahead of it', () => {
  it('shows a failure read moments before it opened, without asking the server again', async () => {
    const client = createQueryClient()
    const { server, options, open } = refusableList()
    await client.prefetchQuery(options)

    open(client)

    expect(await screen.findByRole('alert')).toHaveTextContent('Internal server error.')
    expect(server.reads).toBe(1)
  })

  it('reads again when the failure is older than half a minute', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    const client = createQueryClient()
    const { server, options, open } = refusableList()
    await client.prefetchQuery(options)
    server.refusing = false
    vi.setSystemTime(Date.now() + 30_000)

    open(client)

    expect(await screen.findByText('the list')).toBeInTheDocument()
    expect(server.reads).toBe(2)
  })
})

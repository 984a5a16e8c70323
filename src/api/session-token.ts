// The bearer token lives only in this closure: never in URLs, logs, errors or query keys.
// Whether it is also kept in sessionStorage is the session layer's decision, not this module's.
let token: string | null = null

export function setAuthToken(next: string | null): void {
  token = next
}

export function getAuthToken(): string | null {
  return token
}

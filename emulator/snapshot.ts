import type { EmulatorStore } from './store.ts'

/** A plain copy of the data, so tests can prove that a refused request changed nothing. */
export function snapshotOf(store: EmulatorStore) {
  return {
    users: store.userList.map((user) => ({ ...user, password: undefined })),
    groups: [...store.groups.values()].map((group) => ({
      ...group,
      memberIds: [...group.memberIds].sort(),
    })),
    keys: [...store.keys.values()].map((key) => ({ ...key })),
    requests: store.requests.size,
  }
}

import type { KeyRow } from '../join'
import type { ManagementState } from '../queries'
import { canGenerate, isLastActiveKey, isOnlyKey, isSettling } from '../rules'

/** Whose keys are shown, and to whom. */
export interface KeyOwner {
  /** The signed-in user's own keys. */
  isSelf: boolean
  /** The owner has the "Use Object Storage" privilege: without it no button could work. */
  canUseObjectStorage: boolean
  /** How the list was read (queries.ts); null while it is not read yet. */
  management: ManagementState | null
}

/** What the viewer may do with the whole list. */
export interface ListAbilities {
  /** Descriptions and status: only the management API has them. */
  describes: boolean
  /** Switches and buttons on the keys (the actions column). */
  acts: boolean
  /** Generate is offered at all (it is disabled at the limit). */
  offersGenerate: boolean
  /** Another key can be made now: the privilege, and fewer than five keys. */
  generates: boolean
  /**
   * New keys and renewals go through the management API (with a description): the user's own
   * keys when it answered. Otherwise through the Cloud API, which takes no description.
   */
  viaManagement: boolean
  /** Offboarding: another user's page, with at least one active key to switch off. */
  deactivatesAll: boolean
}

/** Why a Rotate button does nothing: a key being made or removed, or an inactive key. */
export type RotateBlock = 'rotateNeedsReady' | 'rotateNeedsActive'

/** What the viewer may do with one key. */
export interface KeyAbility {
  /** The Active switch moves (not without the privilege, nor while IONOS makes or removes it). */
  toggles: boolean
  /** Switching it off would leave the owner without an active key: the console asks first. */
  asksBeforeDeactivating: boolean
  /** The row has buttons at all; a key IONOS is deleting takes no more changes. */
  hasButtons: boolean
  /** The Rotate button: null when it works, else why it is disabled. */
  rotateBlock: RotateBlock | null
  /** Edit its description (own keys the management API lists). */
  edits: boolean
  /** A Renew button (own keys the management API lists); `renews` says whether it works now. */
  offersRenew: boolean
  renews: boolean
  /** The owner's only key: IONOS refuses to delete it when the owner has buckets. */
  onlyKey: boolean
}

export interface KeyAbilities {
  list: ListAbilities
  /** The same object for a key as long as the abilities are, so memoized rows stay as they are. */
  of: (key: KeyRow) => KeyAbility
}

/** What this viewer may do with the list and each key, decided once for the whole panel. */
export function keyAbilities(owner: KeyOwner, keys: readonly KeyRow[]): KeyAbilities {
  const describes = owner.management === 'used'
  const acts = owner.canUseObjectStorage
  const ownViaManagement = owner.isSelf && describes
  const list: ListAbilities = {
    describes,
    acts,
    offersGenerate: acts,
    generates: acts && canGenerate(keys),
    viaManagement: ownViaManagement,
    deactivatesAll: !owner.isSelf && keys.some((key) => key.active === true),
  }
  const abilityOf = (key: KeyRow): KeyAbility => {
    const settling = isSettling(key)
    const hasButtons = acts && key.status !== 'DESTROYING'
    const managed = hasButtons && ownViaManagement && key.managementId !== null
    let rotateBlock: RotateBlock | null = null
    if (settling) rotateBlock = 'rotateNeedsReady'
    else if (key.active !== true) rotateBlock = 'rotateNeedsActive'
    return {
      toggles: acts && !settling,
      asksBeforeDeactivating: isLastActiveKey(keys, key.accessKey),
      hasButtons,
      rotateBlock,
      edits: managed,
      offersRenew: managed,
      renews: managed && key.status === 'AVAILABLE',
      onlyKey: isOnlyKey(keys, key.accessKey),
    }
  }
  const byKey = new Map(keys.map((key) => [key.accessKey, abilityOf(key)]))
  return { list, of: (key) => byKey.get(key.accessKey) ?? abilityOf(key) }
}

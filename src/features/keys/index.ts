export { KeysPanel, type KeysPanelProps } from './panel/KeysPanel'
export { MAX_KEYS } from './rules'

export { KeysPanel, type KeysPanelProps } from './components/KeysPanel'
export { MAX_KEYS } from './rules'

export { KeysPanel, type KeysPanelProps } from './components/KeysPanel'

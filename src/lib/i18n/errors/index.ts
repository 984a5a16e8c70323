// Kept apart from `lib/i18n`'s index: only the pages that can fail load this catalog.
export { describeError } from './describe'
export { errorMessages } from './messages'
export { useErrorReason } from './useErrorReason'

// Types for scripts/require-node.js, which stays plain JavaScript so that any Node can run it.
export declare function isSupportedNode(version: string): boolean
export declare const NODE_REQUIRED_MESSAGE: string

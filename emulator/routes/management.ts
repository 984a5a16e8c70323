import { Hono } from 'hono'
import type { EmulatorDeps, EmulatorEnv } from '../env.ts'

/** Object Storage Management API (`/s3-management`): the caller's own keys, and regions. */
export function managementRoutes(deps: EmulatorDeps) {
  void deps
  return new Hono<EmulatorEnv>()
}

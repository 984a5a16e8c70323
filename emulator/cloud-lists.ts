import type { ListProperties, PropertyReader } from './list-query.ts'
import { isAdministrator } from './rules.ts'
import { groupPrivilegeNames, type AccessKey, type Group, type User } from './store.ts'

/** The properties each Cloud API list can be filtered and ordered by: its items' `properties`. */

export interface ContractProperties {
  contractNumber: number
  owner: string
  status: string
  regDomain: string
}

export const userList: ListProperties<User> = {
  noun: 'users',
  properties: new Map<string, PropertyReader<User>>([
    ['firstname', (user) => user.firstname],
    ['lastname', (user) => user.lastname],
    ['email', (user) => user.email],
    ['administrator', (user) => isAdministrator(user)],
    ['forceSecAuth', (user) => user.forceSecAuth],
    ['secAuthActive', (user) => user.secAuthActive],
    ['s3CanonicalUserId', (user) => user.s3CanonicalUserId],
    ['active', (user) => user.active],
  ]),
}

export const groupList: ListProperties<Group> = {
  noun: 'groups',
  properties: new Map<string, PropertyReader<Group>>([
    ['name', (group) => group.name],
    ...groupPrivilegeNames.map((name): [string, PropertyReader<Group>] => [
      name,
      (group) => group.privileges[name],
    ]),
  ]),
}

export const keyList: ListProperties<AccessKey> = {
  noun: 'keys',
  properties: new Map<string, PropertyReader<AccessKey>>([
    ['secretKey', (key) => key.secretKey],
    ['active', (key) => key.active],
  ]),
}

export const contractList: ListProperties<ContractProperties> = {
  noun: 'contracts',
  properties: new Map<string, PropertyReader<ContractProperties>>([
    ['contractNumber', (contract) => contract.contractNumber],
    ['owner', (contract) => contract.owner],
    ['status', (contract) => contract.status],
    ['regDomain', (contract) => contract.regDomain],
  ]),
}

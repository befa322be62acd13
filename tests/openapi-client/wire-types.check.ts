// The types a team generates from docs/openapi.yaml (schema.d.ts, by openapi-typescript) against
// @tarif/core's own wire types, in both directions: a field added, dropped, renamed or retyped on
// either side fails `tsc -p tsconfig.tests.json`. Only `readonly` differs, so the generated side is
// made deeply read-only before comparing.
import type {
  AccountSnapshot,
  Catalog,
  ChangePreview,
  ChangeRequestInput,
  ChangeRequestReceipt,
  CommitResult,
  Money,
  Selection,
  ServerPreview,
  Subscription,
  WireError,
} from '@tarif/core';
import type { components, paths } from './schema.js';

type Schemas = components['schemas'];

type DeepReadonly<T> = T extends (infer Item)[]
  ? readonly DeepReadonly<Item>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/** `true` only when A and B accept exactly the same values. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

type Generated<Name extends keyof Schemas> = DeepReadonly<Schemas[Name]>;
type ChangeRequestRoute = paths['/change-requests']['post'];

export const wireTypesMatch: {
  money: Same<Generated<'Money'>, Money>;
  selection: Same<Generated<'Selection'>, Selection>;
  subscription: Same<Generated<'Subscription'>, Subscription>;
  catalog: Same<Generated<'Catalog'>, Catalog>;
  preview: Same<Generated<'ChangePreview'>, ChangePreview>;
  serverPreview: Same<Generated<'ServerPreview'>, ServerPreview>;
  commit: Same<Generated<'CommitResult'>, CommitResult>;
  account: Same<Generated<'AccountSnapshot'>, AccountSnapshot<Catalog>>;
  error: Same<Generated<'Error'>, WireError>;
  changeRequest: Same<
    DeepReadonly<ChangeRequestRoute['requestBody']['content']['application/json']>,
    ChangeRequestInput
  >;
  receipt: Same<
    DeepReadonly<ChangeRequestRoute['responses'][201]['content']['application/json']>,
    ChangeRequestReceipt
  >;
} = {
  money: true,
  selection: true,
  subscription: true,
  catalog: true,
  preview: true,
  serverPreview: true,
  commit: true,
  account: true,
  error: true,
  changeRequest: true,
  receipt: true,
};

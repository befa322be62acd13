// The types a team generates from docs/openapi.yaml (schema.d.ts, by openapi-typescript) against
// @tarif/core's own wire types, as identical types: a field added (optional ones too), dropped,
// renamed or retyped on either side fails `tsc -p tsconfig.tests.json`. Only `readonly` differs, so the generated side is
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

/**
 * `true` only when A and B are the same type. Assignability both ways is not enough: an optional
 * field present on one side only passes it (the reviewer's `Catalog & { extra?: string }`).
 */
type Same<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

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

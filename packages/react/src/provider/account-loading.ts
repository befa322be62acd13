import { CatalogValidationError, localizeCatalog, validateCatalog } from '@tarif/core';
import type { Catalog } from '@tarif/core';
import { toAdapterError } from '../adapter/adapter-error.js';
import type { AccountSnapshot } from '../adapter/adapter-types.js';
import type { StoreHandle } from './store-handle.js';

/** Loading the account: the adapter call, catalog validation, and catalog names per locale. */
export interface AccountLoading {
  /** Loads (or reloads) the account; a newer load aborts an older one. */
  load(): Promise<void>;
  /** Validates a snapshot's catalog and hands the account to the flow. */
  accept(snapshot: AccountSnapshot): void;
  /** Looks catalog text up along a new locale chain; the account stays loaded. */
  setLocales(locales: readonly string[]): void;
  dispose(): void;
}

export function createAccountLoading(
  store: StoreHandle,
  /** Where catalog text is looked up, e.g. ['fr-CA', 'fr', 'en']. */
  locales: readonly string[],
): AccountLoading {
  let controller: AbortController | null = null;
  // The validated catalog before localization, so a new locale needs no reload.
  let valid: Catalog | null = null;

  const accept = (snapshot: AccountSnapshot) => {
    let catalog: Catalog;
    try {
      catalog = validateCatalog(snapshot.catalog);
    } catch (error) {
      const reason = error instanceof CatalogValidationError ? error : toAdapterError(error);
      store.send({ type: 'ACCOUNT_FAILED', error: reason, snapshot });
      return;
    }
    valid = catalog;
    store.send({ type: 'ACCOUNT_LOADED', snapshot, catalog: localizeCatalog(catalog, locales) });
  };

  return {
    accept,
    async load() {
      controller?.abort();
      const mine = (controller = new AbortController());
      store.send({ type: 'ACCOUNT_LOADING' });
      try {
        const snapshot = await store.config.adapter.loadAccount({ signal: mine.signal });
        if (!mine.signal.aborted) accept(snapshot);
      } catch (error) {
        if (!mine.signal.aborted)
          store.send({ type: 'ACCOUNT_FAILED', error: toAdapterError(error), snapshot: null });
      }
    },
    setLocales(next) {
      if (next.join() === locales.join()) return;
      locales = next;
      const { account } = store.getState();
      if (account.status !== 'ready' || !valid) return;
      const catalog = localizeCatalog(valid, locales);
      if (catalog !== account.catalog) store.send({ type: 'CATALOG_LOCALIZED', catalog });
    },
    dispose() {
      controller?.abort();
    },
  };
}

// @tarif/react/i18n: the message plumbing under the provider, for hosts that add or override copy
// (a catalog's types, the built-in catalogs) and for tools that check catalogs or translate
// outside React. Plain functions and data: no 'use client', usable on a server.
export { defineLocale, defineMessages } from './i18n/message-types.js';
export type {
  KnownMessageKey,
  LocaleMessages,
  LocalePack,
  Message,
  MessageCatalog,
  MessageKeyRegistry,
  MessageOverrides,
  MessageParams,
  PartialCatalog,
  PluralMessage,
} from './i18n/message-types.js';
export { createTranslator, messageArguments } from './i18n/translate.js';
export { errorMessageKey } from './i18n/error-message-key.js';
export type { Translate, TranslatorOptions } from './i18n/translate.js';
export { localeChain, resolveMessagesLocale } from './i18n/resolve-locale.js';
// English only: other languages are packs, `@tarif/react/locales/<tag>`.
export { en as enMessages } from './messages/index.js';
export type { MessageKey } from './messages/index.js';

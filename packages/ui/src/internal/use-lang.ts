import { useMessages } from '@tarif/react';

/**
 * The `lang` of what the widgets write (WCAG 3.1.2): the provider's locale ('fr-CA'), or the
 * catalog the words come from when that is another language (English words under 'es').
 * On every widget root and every portalled dialog, so a French widget in an English page is read
 * in French.
 */
export function useLang(): string {
  const { locale, messagesLocale } = useMessages();
  const language = (tag: string) => tag.split('-')[0]?.toLowerCase();
  return language(locale) === language(messagesLocale) ? locale : messagesLocale;
}

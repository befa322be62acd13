import type { LocalePack } from '@tarif/react/i18n';
import { en } from './en.js';
import { pseudoCatalog } from '../internal/pseudo-localize.js';

/**
 * The pseudo-locale `en-XA`, for development: every English string of the widgets and hooks
 * accented, about 40 % longer and bracketed, « [Áðð ţö þĺáñ ~~~~~] ». Register it and set
 * `locale="en-XA"` to see at a glance a string that is not from the catalogs (plain ASCII) or
 * a layout that clips or overflows longer languages. Not a language to ship to customers.
 */
export const enXA = { 'en-XA': pseudoCatalog(en.en) } as const satisfies LocalePack;

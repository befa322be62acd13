import type { Interval, Selection } from '@tarif/core';
import type { FieldError } from '../http/errors.js';
import { at, controlCharacterError, isRecord } from './read-body.js';

const intervals: readonly Interval[] = ['month', 'year'];
const maxIdLength = 100;
const maxAddOns = 50;

/**
 * Checks the shape of a Selection and copies only its known fields. Whether the product, plan or
 * band exists is the catalog's business: core answers that with a 'blocked' preview, not a 400.
 */
export function readSelection(
  value: unknown,
  path: string,
  errors: FieldError[],
): Selection | null {
  if (!isRecord(value)) {
    errors.push({ path, message: 'Expected an object.' });
    return null;
  }
  const before = errors.length;
  const id = (key: 'product' | 'plan'): string => {
    const v = value[key];
    if (typeof v !== 'string' || v.length === 0 || v.length > maxIdLength) {
      errors.push({
        path: at(path, key),
        message: `Expected a string of 1 to ${maxIdLength} characters.`,
      });
      return '';
    }
    const control = controlCharacterError(v);
    if (control) {
      errors.push({ path: at(path, key), message: control });
      return '';
    }
    return v;
  };
  const count = (key: 'contactLimit' | 'seats', min: number): number => {
    const v = value[key];
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < min) {
      errors.push({ path: at(path, key), message: `Expected an integer of at least ${min}.` });
      return 0;
    }
    return v;
  };

  const product = id('product');
  const plan = id('plan');
  const interval = value['interval'];
  if (!intervals.includes(interval as Interval)) {
    errors.push({
      path: at(path, 'interval'),
      message: `Expected one of ${intervals.join(', ')}.`,
    });
  }
  const contactLimit = count('contactLimit', 0);
  // 0 is well-formed (the contract allows it); the plan's seat minimum is core's to enforce.
  const seats = count('seats', 0);
  const addOns: string[] = [];
  const rawAddOns = value['addOns'];
  if (!Array.isArray(rawAddOns) || rawAddOns.length > maxAddOns) {
    errors.push({
      path: at(path, 'addOns'),
      message: `Expected an array of at most ${maxAddOns} ids.`,
    });
  } else {
    rawAddOns.forEach((addOn: unknown, index) => {
      const where = `${at(path, 'addOns')}[${index}]`;
      if (typeof addOn !== 'string' || addOn.length === 0 || addOn.length > maxIdLength) {
        errors.push({ path: where, message: 'Expected an add-on id.' });
        return;
      }
      const control = controlCharacterError(addOn);
      if (control) errors.push({ path: where, message: control });
      else if (!addOns.includes(addOn)) {
        addOns.push(addOn);
      }
    });
  }
  if (errors.length > before) return null;
  return { product, plan, interval: interval as Interval, contactLimit, seats, addOns };
}

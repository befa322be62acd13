import { useState } from 'react';

export interface ControllableStateOptions<T> {
  /** The value when the host controls it; undefined leaves it to the component. */
  prop: T | undefined;
  /** The first value when the component holds it. */
  defaultProp: T;
  /** Told of every change, controlled or not. */
  onChange?: ((value: T) => void) | undefined;
}

/**
 * A value the host may control (`open` + `onOpenChange`) or leave to the component
 * (`defaultOpen`), as Radix's `useControllableState`: one setter for both.
 */
export function useControllableState<T>({
  prop,
  defaultProp,
  onChange,
}: ControllableStateOptions<T>): [T, (value: T) => void] {
  const [own, setOwn] = useState(defaultProp);
  const controlled = prop !== undefined;
  const setValue = (value: T) => {
    if (!controlled) setOwn(value);
    onChange?.(value);
  };
  return [controlled ? prop : own, setValue];
}

import { useRef } from 'react';
import type { CSSProperties, KeyboardEvent, PointerEvent, RefObject } from 'react';

/** A horizontal slider over whole steps from `min` to `max`, controlled by its owner. */
export interface SliderOptions {
  readonly value: number;
  readonly min: number;
  readonly max: number;
  /** Called with a whole step in [min, max], only when it differs from `value`. */
  readonly onValueChange: (value: number) => void;
  readonly disabled: boolean;
  /** Right-to-left mirrors the track: the minimum is at the right, ArrowLeft moves up. */
  readonly dir: 'ltr' | 'rtl';
}

/** Prop bundles for the slider's parts: spread each on its element. */
export interface SliderParts {
  /** The control around track and thumb: pointer presses and drags anywhere on it. */
  readonly rootProps: {
    readonly dir: 'ltr' | 'rtl';
    readonly 'data-orientation': 'horizontal';
    readonly 'data-disabled': '' | undefined;
    readonly onPointerDown: (event: PointerEvent<HTMLElement>) => void;
    readonly onPointerMove: (event: PointerEvent<HTMLElement>) => void;
  };
  /** The filled part of the track, from the start to the value. */
  readonly rangeStyle: CSSProperties;
  /** A wrapper that places the thumb; the thumb itself stays free to be styled. */
  readonly thumbPositionStyle: CSSProperties;
  /** The focusable thumb, `role="slider"`; its name and value text come from the owner. */
  readonly thumbProps: {
    readonly ref: RefObject<HTMLSpanElement | null>;
    readonly role: 'slider';
    readonly tabIndex: 0 | undefined;
    readonly 'aria-valuemin': number;
    readonly 'aria-valuemax': number;
    readonly 'aria-valuenow': number;
    readonly 'aria-orientation': 'horizontal';
    readonly 'aria-disabled': true | undefined;
    readonly 'data-disabled': '' | undefined;
    readonly onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
  };
}

/** Steps for PageUp/PageDown and Shift+arrow, as Radix's slider (our previous one) took them. */
const PAGE_STEPS = 10;

/**
 * The behaviour of a single-thumb horizontal slider (WAI-ARIA APG's slider pattern) as prop
 * bundles: keys, pointer, ARIA, and where the range ends and the thumb sits. It holds no state:
 * the owner's value is the only one, so a step renders the owner once and nothing else.
 */
export function useSlider(options: SliderOptions): SliderParts {
  const { value, min, max, onValueChange, disabled, dir } = options;
  const thumbRef = useRef<HTMLSpanElement>(null);
  // How far from the thumb's centre a drag took hold of it, so the thumb keeps that grip instead
  // of jumping its centre under the pointer on the first move. Zero for a press on the track.
  const grip = useRef(0);
  const percent = max > min ? ((Math.min(Math.max(value, min), max) - min) / (max - min)) * 100 : 0;
  const rtl = dir === 'rtl';
  const flag = disabled ? '' : undefined;

  const change = (next: number) => {
    const step = Math.min(Math.max(Math.round(next), min), max);
    if (step !== value) onValueChange(step);
  };

  // The thumb's centre travels from half a thumb after the start to half a thumb before the end
  // (it never overhangs the track), so a pointer maps onto that span, not the whole control:
  // pressing on the thumb's centre gives the thumb's own value.
  const fromPointer = (control: HTMLElement, clientX: number) => {
    const { left, width } = control.getBoundingClientRect();
    const thumb = thumbRef.current?.offsetWidth ?? 0;
    const travel = width - thumb;
    const share = travel > 0 ? (clientX - left - thumb / 2) / travel : 0;
    return min + (rtl ? 1 - share : share) * (max - min);
  };

  return {
    rootProps: {
      dir,
      'data-orientation': 'horizontal',
      'data-disabled': flag,
      onPointerDown: (event) => {
        if (disabled || event.button !== 0) return;
        const control = event.currentTarget;
        // Capture keeps the drag ours when the pointer leaves the control; no text selection, and
        // focus goes to the thumb (not to whatever the press would have focused).
        control.setPointerCapture(event.pointerId);
        event.preventDefault();
        thumbRef.current?.focus({ preventScroll: true });
        // A press on the thumb grabs it where it is; a press on the track moves it there.
        const thumb = thumbRef.current;
        if (thumb?.contains(event.target as Node)) {
          const box = thumb.getBoundingClientRect();
          grip.current = event.clientX - (box.left + box.width / 2);
        } else {
          grip.current = 0;
          change(fromPointer(control, event.clientX));
        }
      },
      onPointerMove: (event) => {
        if (!disabled && event.currentTarget.hasPointerCapture(event.pointerId))
          change(fromPointer(event.currentTarget, event.clientX - grip.current));
      },
    },
    rangeStyle: { insetInlineStart: 0, insetInlineEnd: `${100 - percent}%` },
    // The start edge at `percent` of the control, pulled back by as much of the thumb's own width
    // (a transform's percentage is of the element itself): 0 % and 100 % stay inside the track.
    thumbPositionStyle: {
      position: 'absolute',
      insetInlineStart: `${percent}%`,
      transform: `translateX(${rtl ? percent : -percent}%)`,
    },
    thumbProps: {
      ref: thumbRef,
      role: 'slider',
      tabIndex: disabled ? undefined : 0,
      'aria-valuemin': min,
      'aria-valuemax': max,
      'aria-valuenow': value,
      'aria-orientation': 'horizontal',
      'aria-disabled': disabled || undefined,
      'data-disabled': flag,
      onKeyDown: (event) => {
        if (disabled) return;
        const next = keyTarget(event, value, min, max, rtl);
        if (next === null) return;
        event.preventDefault();
        change(next);
      },
    },
  };
}

/** Where a key moves the value (APG slider keys), or null for a key the slider leaves alone. */
function keyTarget(
  event: KeyboardEvent<HTMLElement>,
  value: number,
  min: number,
  max: number,
  rtl: boolean,
): number | null {
  // Alt+ArrowLeft is the browser's Back, Ctrl/Cmd with arrows or Home/End the system's own
  // shortcuts: the slider pattern defines none of them, so they stay the browser's.
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  const steps = event.shiftKey ? PAGE_STEPS : 1;
  switch (event.key) {
    case 'Home':
      return min;
    case 'End':
      return max;
    case 'PageUp':
      return value + PAGE_STEPS;
    case 'PageDown':
      return value - PAGE_STEPS;
    case 'ArrowUp':
      return value + steps;
    case 'ArrowDown':
      return value - steps;
    case 'ArrowRight':
      return value + (rtl ? -steps : steps);
    case 'ArrowLeft':
      return value + (rtl ? steps : -steps);
    default:
      return null;
  }
}

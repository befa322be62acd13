import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { cleanup, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { useSlider } from './use-slider.js';
import { axeViolations } from './test-utils/render-with-billing.js';
import '../styles.css';

afterEach(() => cleanup());

interface HarnessProps {
  readonly initial?: number;
  readonly min?: number;
  readonly max?: number;
  readonly disabled?: boolean;
  readonly dir?: 'ltr' | 'rtl';
  readonly onValueChange?: (value: number) => void;
}

/**
 * The hook on the contact-limit slider's markup and classes, in a control 220 px wide with its
 * 20 px thumb: the thumb's centre travels 200 px, from x = 10 to x = 210, so with max 10 each
 * step is 20 px and step `v` sits at x = 10 + 20·v (mirrored in right-to-left).
 */
function Harness({
  initial = 5,
  min = 0,
  max = 10,
  disabled = false,
  dir = 'ltr',
  onValueChange,
}: HarnessProps) {
  const [value, setValue] = useState(initial);
  const slider = useSlider({
    value,
    min,
    max,
    disabled,
    dir,
    onValueChange: (next) => {
      onValueChange?.(next);
      setValue(next);
    },
  });
  return (
    <div className="tarif" dir={dir} style={{ inlineSize: 220, padding: 0 }}>
      <span id="volume-label">Volume</span>
      <span data-testid="control" className="tarif-cls-control" {...slider.rootProps}>
        <span className="tarif-cls-track">
          <span data-testid="range" className="tarif-cls-range" style={slider.rangeStyle} />
        </span>
        <span style={slider.thumbPositionStyle}>
          <span
            className="tarif-cls-thumb"
            // The geometry below is worked out for a 20 px thumb, whatever size the widget's is.
            style={{ inlineSize: 20, blockSize: 20 }}
            {...slider.thumbProps}
            aria-labelledby="volume-label"
            aria-valuetext={`Level ${value}`}
          />
        </span>
      </span>
      <p data-testid="below" style={{ blockSize: 40 }}>
        Below the slider
      </p>
    </div>
  );
}

const thumb = () => screen.getByRole('slider', { name: 'Volume' });
const control = () => screen.getByTestId('control');
const centreX = (element: Element) => {
  const box = element.getBoundingClientRect();
  return box.left + box.width / 2 - control().getBoundingClientRect().left;
};

describe('useSlider', () => {
  describe('ARIA', () => {
    it('is a horizontal slider named by its label, with its range, value and value text', async () => {
      const { container } = render(<Harness initial={3} min={1} max={9} />);
      const slider = thumb();
      expect(slider).toHaveAttribute('aria-valuemin', '1');
      expect(slider).toHaveAttribute('aria-valuemax', '9');
      expect(slider).toHaveAttribute('aria-valuenow', '3');
      expect(slider).toHaveAttribute('aria-valuetext', 'Level 3');
      expect(slider).toHaveAttribute('aria-orientation', 'horizontal');
      expect(slider).toHaveAttribute('tabindex', '0');
      expect(slider).not.toHaveAttribute('aria-disabled');
      expect(await axeViolations(container)).toEqual([]);
    });

    it('when disabled, says so, leaves the tab order and ignores keys and presses', async () => {
      const onValueChange = vi.fn();
      const { container } = render(<Harness disabled onValueChange={onValueChange} />);
      const slider = thumb();
      expect(slider).toHaveAttribute('aria-disabled', 'true');
      expect(slider).not.toHaveAttribute('tabindex');
      expect(control()).toHaveAttribute('data-disabled', '');
      await userEvent.tab();
      expect(slider).not.toHaveFocus();
      // A script can still focus it; the keys do nothing then.
      slider.focus();
      await userEvent.keyboard('{ArrowRight}{End}');
      await userEvent.click(control(), { position: { x: 210, y: 12 } });
      expect(onValueChange).not.toHaveBeenCalled();
      expect(slider).toHaveAttribute('aria-valuenow', '5');
      expect(await axeViolations(container)).toEqual([]);
    });
  });

  describe('keyboard', () => {
    it('steps one with the arrows, ten with PageUp/PageDown and Shift+arrow, and goes to the ends with Home and End', async () => {
      render(<Harness initial={5} max={30} />);
      const slider = thumb();
      await userEvent.tab();
      expect(slider).toHaveFocus();
      const press = async (keys: string) => {
        await userEvent.keyboard(keys);
        return slider.getAttribute('aria-valuenow');
      };
      expect(await press('{ArrowRight}')).toBe('6');
      expect(await press('{ArrowUp}')).toBe('7');
      expect(await press('{ArrowLeft}')).toBe('6');
      expect(await press('{ArrowDown}')).toBe('5');
      expect(await press('{PageUp}')).toBe('15');
      expect(await press('{PageDown}')).toBe('5');
      expect(await press('{Shift>}{ArrowRight}{/Shift}')).toBe('15');
      expect(await press('{Shift>}{ArrowDown}{/Shift}')).toBe('5');
      expect(await press('{End}')).toBe('30');
      expect(await press('{Home}')).toBe('0');
    });

    it('stops at the ends without reporting a change that is not one', async () => {
      const onValueChange = vi.fn();
      render(<Harness initial={9} max={10} onValueChange={onValueChange} />);
      thumb().focus();
      await userEvent.keyboard('{PageUp}');
      expect(onValueChange.mock.calls).toEqual([[10]]);
      await userEvent.keyboard('{ArrowRight}{End}{PageUp}');
      expect(onValueChange).toHaveBeenCalledTimes(1);
      await userEvent.keyboard('{Home}{ArrowLeft}{PageDown}');
      expect(onValueChange.mock.calls).toEqual([[10], [0]]);
    });

    it('keeps the page scrolling keys it uses from scrolling the page, and leaves Tab alone', async () => {
      render(<Harness />);
      const slider = thumb();
      slider.focus();
      const events: KeyboardEvent[] = [];
      slider.addEventListener('keydown', (event) => events.push(event));
      await userEvent.keyboard('{PageDown}{End}{ArrowUp}');
      await userEvent.keyboard('{Tab}');
      expect(events.map((event) => [event.key, event.defaultPrevented])).toEqual([
        ['PageDown', true],
        ['End', true],
        ['ArrowUp', true],
        ['Tab', false],
      ]);
    });

    it('leaves keys with Alt, Control or Meta held to the browser (Alt+ArrowLeft is Back)', async () => {
      const onValueChange = vi.fn();
      render(<Harness initial={5} max={30} onValueChange={onValueChange} />);
      const slider = thumb();
      slider.focus();
      const events: KeyboardEvent[] = [];
      slider.addEventListener('keydown', (event) => events.push(event));
      await userEvent.keyboard(
        '{Alt>}{ArrowLeft}{/Alt}{Control>}{End}{/Control}{Meta>}{ArrowRight}{/Meta}',
      );
      expect(
        events
          .filter((event) => event.key !== 'Alt' && event.key !== 'Control' && event.key !== 'Meta')
          .map((event) => [event.key, event.defaultPrevented]),
      ).toEqual([
        ['ArrowLeft', false],
        ['End', false],
        ['ArrowRight', false],
      ]);
      expect(onValueChange).not.toHaveBeenCalled();
      expect(slider).toHaveAttribute('aria-valuenow', '5');
    });

    it('in right-to-left, goes up with ArrowLeft and down with ArrowRight; Up and Down do not flip', async () => {
      render(<Harness dir="rtl" />);
      const slider = thumb();
      slider.focus();
      await userEvent.keyboard('{ArrowLeft}');
      expect(slider).toHaveAttribute('aria-valuenow', '6');
      await userEvent.keyboard('{ArrowRight}{ArrowRight}');
      expect(slider).toHaveAttribute('aria-valuenow', '4');
      await userEvent.keyboard('{ArrowUp}');
      expect(slider).toHaveAttribute('aria-valuenow', '5');
    });
  });

  describe('pointer', () => {
    it('moves to the step under a press on the track and focuses the thumb', async () => {
      render(<Harness />);
      // Step 8 at x = 10 + 20 × 8 = 170; 176 is nearer 8 than 9 (190).
      await userEvent.click(control(), { position: { x: 176, y: 12 } });
      expect(thumb()).toHaveAttribute('aria-valuenow', '8');
      expect(thumb()).toHaveFocus();
      // The thumb is drawn where the pointer put it, and the range ends under it.
      expect(centreX(thumb())).toBeCloseTo(170, 0);
      expect(screen.getByTestId('range').getBoundingClientRect().width).toBeCloseTo(176, 0);
    });

    it('keeps the thumb inside the track at both ends', async () => {
      render(<Harness initial={0} />);
      const box = () => thumb().getBoundingClientRect();
      const track = control().getBoundingClientRect();
      expect(box().left).toBeCloseTo(track.left, 0);
      thumb().focus();
      await userEvent.keyboard('{End}');
      expect(box().right).toBeCloseTo(track.right, 0);
    });

    it('leaves the value alone when the thumb itself is pressed', async () => {
      const onValueChange = vi.fn();
      // Max 20: 10 px a step, so step 10 is drawn at x = 10 + 10 × 10 = 110, from 100 to 120.
      // A press at 118 is on the thumb, though on the track it would mean 10.8, step 11.
      render(<Harness initial={10} max={20} onValueChange={onValueChange} />);
      await userEvent.click(control(), { position: { x: 118, y: 12 } });
      expect(onValueChange).not.toHaveBeenCalled();
      expect(thumb()).toHaveFocus();
    });

    it('keeps the grip of a drag that took the thumb off its centre: no jump on the first move', async () => {
      const onValueChange = vi.fn();
      // Max 20: 10 px a step; step 10's thumb spans x = 100 to 120, its centre at 110. Held at 118
      // (8 px right of the centre) and moved 1 px, the thumb's centre is at 111: still step 10.
      render(<Harness initial={10} max={20} onValueChange={onValueChange} />);
      await userEvent.pointer([
        { target: control(), coords: { x: 118, y: 12 }, keys: '[MouseLeft>]' },
        { target: control(), coords: { x: 119, y: 12 } },
      ]);
      expect(onValueChange).not.toHaveBeenCalled();
      // Moved 20 px in all, still held 8 px right of the centre: the centre is at 130, step 12.
      await userEvent.pointer([
        { target: control(), coords: { x: 138, y: 12 } },
        { keys: '[/MouseLeft]' },
      ]);
      expect(thumb()).toHaveAttribute('aria-valuenow', '12');
      expect(onValueChange.mock.calls).toEqual([[12]]);
    });

    it('follows a drag of the thumb, step by step', async () => {
      const onValueChange = vi.fn();
      render(<Harness onValueChange={onValueChange} />);
      await userEvent.dragAndDrop(thumb(), control(), {
        targetPosition: { x: 50, y: 12 },
        steps: 6,
      });
      // From x = 110 (5) to x = 50 (2), passing 4 and 3 on the way.
      expect(thumb()).toHaveAttribute('aria-valuenow', '2');
      expect(onValueChange.mock.calls.map(([value]) => value)).toEqual([4, 3, 2]);
    });

    it('keeps the drag while the pointer leaves the control (pointer capture), clamping to the end', async () => {
      render(<Harness />);
      // Released over the paragraph below, past the track's end.
      await userEvent.dragAndDrop(thumb(), screen.getByTestId('below'), {
        targetPosition: { x: 219, y: 30 },
        steps: 4,
      });
      expect(thumb()).toHaveAttribute('aria-valuenow', '10');
    });

    it('in right-to-left, counts from the right edge', async () => {
      render(<Harness dir="rtl" />);
      // Step 8 at x = 220 − (10 + 20 × 8) = 50.
      await userEvent.click(control(), { position: { x: 50, y: 12 } });
      expect(thumb()).toHaveAttribute('aria-valuenow', '8');
      expect(centreX(thumb())).toBeCloseTo(50, 0);
    });

    it('asks the browser not to pan or scroll while a finger drags it', () => {
      render(<Harness />);
      expect(getComputedStyle(control()).touchAction).toBe('none');
    });
  });
});

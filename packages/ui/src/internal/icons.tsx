// Decorative icons, drawn with one stroked path each; no Radix here (SeatStepper uses them).
// Memoised: they take no props, so a parent's render (a stepper's click) never renders them again.
import { memo } from 'react';

function Icon({ d, size = 16, stroke = 1.5 }: { d: string; size?: number; stroke?: number }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox={`0 0 ${size} ${size}`}
      aria-hidden="true"
      focusable="false"
    >
      <path
        d={d}
        stroke="currentColor"
        strokeWidth={stroke}
        strokeLinecap="round"
        strokeLinejoin="round"
        fill="none"
      />
    </svg>
  );
}

export const CloseIcon = memo(function CloseIcon() {
  return <Icon d="M4 4l8 8M12 4l-8 8" />;
});
export const CheckIcon = memo(function CheckIcon() {
  return <Icon d="M5 10.5l3.2 3.2L15 7" size={20} stroke={2} />;
});
export const MinusIcon = memo(function MinusIcon() {
  return <Icon d="M3.5 8h9" />;
});
export const PlusIcon = memo(function PlusIcon() {
  return <Icon d="M8 3.5v9M3.5 8h9" />;
});

// Decorative icons, drawn with one stroked path each; no Radix here (SeatStepper uses them).

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

export const CloseIcon = () => <Icon d="M4 4l8 8M12 4l-8 8" />;
export const CheckIcon = () => <Icon d="M5 10.5l3.2 3.2L15 7" size={20} stroke={2} />;
export const MinusIcon = () => <Icon d="M3.5 8h9" />;
export const PlusIcon = () => <Icon d="M8 3.5v9M3.5 8h9" />;

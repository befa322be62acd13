import type { CSSProperties } from 'react';

/** A widget's content while the account loads: « Loading… » for screen readers, grey blocks on screen. */
export function Skeleton({
  label,
  blocks,
  slot,
}: {
  label: string;
  /** One block per entry, sized like the part it stands for. */
  blocks: readonly CSSProperties[];
  slot?: string;
}) {
  return (
    <>
      <output className="tarif-sr-only">{label}</output>
      {blocks.map((style, index) => (
        <div key={index} data-slot={slot} className="tarif-skeleton" style={style} />
      ))}
    </>
  );
}

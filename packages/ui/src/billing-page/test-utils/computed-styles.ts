// What a host stylesheet can change on a widget: the computed styles of every element under a
// root, and each element's box, keyed by its place in the tree. Two renderings of the same state
// have the same tree, so any difference is a style the host leaked in.

// Text, box model, borders, lists and colours: what inheritance or an element selector reaches.
const properties = [
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'line-height',
  'letter-spacing',
  'word-spacing',
  'text-align',
  'text-transform',
  'text-indent',
  'text-decoration-line',
  'white-space',
  'color',
  'background-color',
  'box-sizing',
  'display',
  'float',
  'vertical-align',
  'list-style-type',
  'margin-top',
  'margin-right',
  'margin-bottom',
  'margin-left',
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
  'border-top-left-radius',
  'outline-style',
  'cursor',
] as const;

export type StyleSnapshot = Map<string, Record<string, string>>;

/** Computed styles and box size of `root` and everything under it, keyed by tree position. */
export function snapshotStyles(root: Element): StyleSnapshot {
  const snapshot: StyleSnapshot = new Map();
  const visit = (element: Element, key: string) => {
    const computed = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    const entry: Record<string, string> = {
      width: box.width.toFixed(1),
      height: box.height.toFixed(1),
    };
    for (const property of properties) entry[property] = computed.getPropertyValue(property);
    for (const side of ['top', 'right', 'bottom', 'left'])
      entry[`border-${side}`] = border(computed, side);
    snapshot.set(key, entry);
    [...element.children].forEach((child, index) =>
      visit(child, `${key} > ${describe(child, index)}`),
    );
  };
  visit(root, describe(root, 0));
  return snapshot;
}

/** Every property that differs between two snapshots, as readable lines (empty when equal). */
export function styleDifferences(expected: StyleSnapshot, actual: StyleSnapshot): string[] {
  const lines: string[] = [];
  for (const [key, want] of expected) {
    const got = actual.get(key);
    if (!got) {
      lines.push(`${key}: missing`);
      continue;
    }
    for (const property of Object.keys(want)) {
      if (want[property] !== got[property]) {
        lines.push(`${key} ${property}: ${want[property]} → ${got[property]}`);
      }
    }
  }
  for (const key of actual.keys()) if (!expected.has(key)) lines.push(`${key}: unexpected`);
  return lines;
}

/**
 * A side's border as drawn: a border of zero width draws nothing whatever its style, and a widget's
 * root keeps a host's `* { border: 0 solid }` on purpose (Tailwind's `border` class on a widget's
 * `className` relies on it).
 */
function border(computed: CSSStyleDeclaration, side: string): string {
  const width = computed.getPropertyValue(`border-${side}-width`);
  if (width === '0px') return 'none';
  const style = computed.getPropertyValue(`border-${side}-style`);
  return `${width} ${style} ${computed.getPropertyValue(`border-${side}-color`)}`;
}

function describe(element: Element, index: number): string {
  const slot = element.getAttribute('data-slot');
  return `${element.tagName.toLowerCase()}${slot ? `[${slot}]` : ''}:${index}`;
}

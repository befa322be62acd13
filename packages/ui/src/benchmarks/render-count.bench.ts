// Which components commit during a burst of the interaction benchmark (its count pass only, see
// packages/ui/scripts/interaction-bench.ts). React calls `__REACT_DEVTOOLS_GLOBAL_HOOK__` after
// every commit, in production builds too, with the fiber root; this module plays that hook and,
// while recording, walks the committed tree the way React DevTools does: a component rendered in
// this commit when React flagged it `PerformedWork`, a subtree is skipped when its parent kept
// the same child fibers (nothing under it was visited), and a fiber without an alternate is new.
//
// It must run before React loads: the bench page imports it first. It installs the hook only on
// a page opened with `?count`, so the timed pages carry none of it. Named *.bench.ts, like the
// page, so that the package's build and published files leave it out.

/** The part of a React fiber the walk reads (React 19). */
interface Fiber {
  readonly tag: number;
  readonly type: unknown;
  readonly elementType: unknown;
  readonly flags: number;
  readonly child: Fiber | null;
  readonly sibling: Fiber | null;
  readonly alternate: Fiber | null;
  readonly return: Fiber | null;
}

interface FiberRoot {
  readonly current: Fiber;
}

// React's work tags and flags (packages/react-reconciler/src/ReactWorkTags.js, ReactFiberFlags.js).
const FunctionComponent = 0;
const ClassComponent = 1;
const ForwardRef = 11;
const MemoComponent = 14;
const SimpleMemoComponent = 15;
const PerformedWork = 0b1;

/**
 * Components that run user code. A `memo()` of anything but a plain function is a MemoComponent
 * fiber around the inner component's fiber; only the inner one is counted (under the memo's name
 * when it has none), so a memoised component is not counted twice.
 */
const isComponent = (fiber: Fiber) =>
  fiber.tag === FunctionComponent ||
  fiber.tag === ClassComponent ||
  fiber.tag === ForwardRef ||
  fiber.tag === SimpleMemoComponent;

function typeName(type: unknown): string | undefined {
  if (typeof type === 'function') {
    const fn = type as { displayName?: unknown; name?: unknown };
    if (typeof fn.displayName === 'string' && fn.displayName) return fn.displayName;
    return typeof fn.name === 'string' && fn.name ? fn.name : undefined;
  }
  if (type && typeof type === 'object') {
    const wrapper = type as { displayName?: unknown; render?: unknown; type?: unknown };
    if (typeof wrapper.displayName === 'string' && wrapper.displayName) return wrapper.displayName;
    return typeName(wrapper.render) ?? typeName(wrapper.type);
  }
  return undefined;
}

function fiberName(fiber: Fiber): string {
  const parent = fiber.return;
  return (
    typeName(fiber.elementType) ??
    typeName(fiber.type) ??
    (parent?.tag === MemoComponent ? typeName(parent.elementType) : undefined) ??
    'Anonymous'
  );
}

/** Components rendered during a recording, by name, in the order first met (about tree order). */
export interface RenderCounts {
  /** Commits React made while recording, whatever they rendered. */
  readonly commits: number;
  /** Component name → times it rendered and committed (mounts included). */
  readonly renders: Record<string, number>;
  /** Component name → times it mounted, for the components that did. */
  readonly mounts: Record<string, number>;
  /** Component name → how many distinct instances of it rendered (a name can be on several). */
  readonly instances: Record<string, number>;
}

let rendererInjected = false;
interface Recording {
  commits: number;
  readonly renders: Map<string, number>;
  readonly mounts: Map<string, number>;
  /** Per name, the instances seen: React keeps two fibers per instance, so either one stands for it. */
  readonly instances: Map<string, Set<Fiber>>;
}
let recording: Recording | null = null;

function count(map: Map<string, number>, name: string) {
  map.set(name, (map.get(name) ?? 0) + 1);
}

function rendered(fiber: Fiber, into: Recording, mounted: boolean) {
  const name = fiberName(fiber);
  count(into.renders, name);
  if (mounted) count(into.mounts, name);
  let seen = into.instances.get(name);
  if (!seen) into.instances.set(name, (seen = new Set()));
  if (!(fiber.alternate && seen.has(fiber.alternate))) seen.add(fiber);
}

function walkMount(fiber: Fiber, into: Recording) {
  if (isComponent(fiber)) rendered(fiber, into, true);
  for (let child = fiber.child; child; child = child.sibling) walkMount(child, into);
}

function walkUpdate(next: Fiber, previous: Fiber, into: Recording) {
  if (isComponent(next) && (next.flags & PerformedWork) !== 0) rendered(next, into, false);
  // Same child fibers: React bailed out above them and did not visit anything below.
  if (next.child === previous.child) return;
  for (let child = next.child; child; child = child.sibling) {
    if (child.alternate) walkUpdate(child, child.alternate, into);
    else walkMount(child, into);
  }
}

const hook = {
  supportsFiber: true,
  renderers: new Map<number, unknown>(),
  inject(renderer: unknown): number {
    rendererInjected = true;
    hook.renderers.set(1, renderer);
    return 1;
  },
  onCommitFiberRoot(_rendererId: number, root: FiberRoot) {
    if (!recording) return;
    recording.commits++;
    const current = root.current;
    if (current.alternate) walkUpdate(current, current.alternate, recording);
    else walkMount(current, recording);
  },
  onCommitFiberUnmount() {},
  onPostCommitFiberRoot() {},
};

/** True on the count pass's pages (`?count`). */
export const counting = new URLSearchParams(location.search).has('count');

if (counting) {
  Object.defineProperty(window, '__REACT_DEVTOOLS_GLOBAL_HOOK__', {
    value: hook,
    configurable: true,
  });
}

/** Throws when React did not register with the hook (it was installed too late). */
export function assertHookInjected(): void {
  if (counting && !rendererInjected) {
    throw new Error('bench: React did not register with the commit hook; it loaded before it');
  }
}

const emptyRecording = (): Recording => ({
  commits: 0,
  renders: new Map(),
  mounts: new Map(),
  instances: new Map(),
});

export function startRecording(): void {
  recording = emptyRecording();
}

export function stopRecording(): RenderCounts {
  const done = recording ?? emptyRecording();
  recording = null;
  return {
    commits: done.commits,
    renders: Object.fromEntries(done.renders),
    mounts: Object.fromEntries(done.mounts),
    instances: Object.fromEntries([...done.instances].map(([name, seen]) => [name, seen.size])),
  };
}

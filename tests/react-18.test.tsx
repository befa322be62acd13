// Runs in the react-18 (happy-dom) and ui-react-18 (Chromium) projects: proves that the aliases
// give every importer the same React 18.3, our JSX runtime, Testing Library and Radix included.
// It lives beside tests/react-18, not in it, so that only the aliases can give it React 18.
import { useId, useState, version } from 'react';
import { version as domVersion } from 'react-dom';
import { render, screen } from '@testing-library/react';
import * as Dialog from '@radix-ui/react-dialog';
import { describe, expect, test } from 'vitest';

function Counted() {
  const [count] = useState(2);
  const id = useId();
  return (
    <Dialog.Root open>
      <Dialog.Content aria-describedby={id}>
        <Dialog.Title>Seats: {count}</Dialog.Title>
        <p id={id}>Up to ten seats.</p>
      </Dialog.Content>
    </Dialog.Root>
  );
}

describe('React 18 projects', () => {
  test('React and React DOM are 18.3', () => {
    expect(version).toMatch(/^18\.3\./);
    expect(domVersion).toMatch(/^18\.3\./);
  });

  // A second copy anywhere fails here: hooks from another copy throw "Invalid hook call", and
  // elements from React 19's JSX runtime are not valid children for React DOM 18.
  test('one copy of React: our hooks and JSX, Testing Library and Radix render together', () => {
    const { unmount } = render(<Counted />);
    const dialog = screen.getByRole('dialog', { name: 'Seats: 2' });
    expect(dialog.getAttribute('aria-describedby')).toBe(screen.getByText('Up to ten seats.').id);
    unmount();
  });
});

import { createContext, useContext } from 'react';

/**
 * True inside a container that already says who can change billing (BillingPage), so the widgets
 * in it do not say it again; a widget used on its own shows its own notice.
 */
export const ReadOnlyNoticeShownContext = createContext(false);

/** Whether this widget should show the read-only notice itself. */
export function useShowsOwnReadOnlyNotice(): boolean {
  return !useContext(ReadOnlyNoticeShownContext);
}

import { useBillingAccount, useDraftValue } from '@tarif/react';
import type { BillingAccount } from '@tarif/react';
import type { Selection } from '@tarif/core';
import { useShowsOwnReadOnlyNotice } from './read-only-notice.js';
import { useUiMessages } from './use-ui-messages.js';
import type { UiMessages } from './use-ui-messages.js';

/** The parts of the draft a widget's labels depend on; its contacts and seats are left out. */
export type DraftPlan = Pick<Selection, 'product' | 'plan' | 'interval'>;

export interface FieldWidget {
  readonly account: BillingAccount;
  readonly messages: UiMessages;
  readonly readOnly: boolean;
  /** « Only … can change billing », when this widget says it itself (not inside BillingPage); else null. */
  readonly readOnlyNotice: string | null;
  /** The draft's product, plan and interval; null until the account is ready. */
  readonly draftPlan: DraftPlan | null;
}

/**
 * What every field widget starts from: the account, the copy, whether the viewer may buy, and the
 * draft's plan. The widget renders again when the plan or interval changes, not on every step
 * of a slider or stepper.
 */
export function useFieldWidget(): FieldWidget {
  const account = useBillingAccount();
  const messages = useUiMessages();
  const ownNotice = useShowsOwnReadOnlyNotice();
  const draftPlan = useDraftValue(selectDraftPlan, sameDraftPlan);
  const readOnly = !account.canManageBilling;
  const admin = account.primaryAdmin;
  return {
    account,
    messages,
    readOnly,
    readOnlyNotice:
      readOnly && ownNotice && admin
        ? messages.t('ui.common.readOnly', { name: admin.name })
        : null,
    draftPlan,
  };
}

const selectDraftPlan = ({ selection }: { selection: Selection | null }): DraftPlan | null =>
  selection && {
    product: selection.product,
    plan: selection.plan,
    interval: selection.interval,
  };

const sameDraftPlan = (a: DraftPlan | null, b: DraftPlan | null) =>
  a === b ||
  (a !== null &&
    b !== null &&
    a.product === b.product &&
    a.plan === b.plan &&
    a.interval === b.interval);

import { useUiMessages } from '../internal/use-ui-messages.js';
import { ChangeRequestDialog } from '../change-request-dialog/change-request-dialog.js';
import { ContactLimitSlider } from '../contact-limit-slider/contact-limit-slider.js';
import { ReviewPurchaseModal } from '../review-purchase-modal/review-purchase-modal.js';
import { SeatStepper } from '../seat-stepper/seat-stepper.js';
import { FieldDialog } from './field-dialog.js';
import type { PageFlow } from './use-page-flow.js';

/* -------------------------------------------------------------------------------------------------
 * FlowDialogs: a row's dialog, then the review or the request form, as the flow goes
 * -----------------------------------------------------------------------------------------------*/

export interface FlowDialogsProps {
  page: PageFlow;
}

function FlowDialogs({ page }: FlowDialogsProps) {
  const { t } = useUiMessages();
  const { flow, origin, returnFocus, returnFocusFallback } = page;
  const editing = flow.status === 'editing';
  const onOpenChange = (open: boolean) => {
    if (!open) page.end();
  };
  return (
    <>
      <FieldDialog
        slot="billing-page-contacts-dialog"
        open={origin === 'contacts' && editing}
        onOpenChange={onOpenChange}
        title={t('ui.contactLimit.title')}
        submitLabel={t('ui.billing.contacts.submit')}
        onSubmit={flow.review}
        returnFocusRef={returnFocus}
        returnFocusFallback={returnFocusFallback}
        handingOff={!editing}
      >
        <ContactLimitSlider className="tarif-bp-embedded" onContactSales={flow.requestChange} />
      </FieldDialog>
      <FieldDialog
        slot="billing-page-seats-dialog"
        open={origin === 'seats' && editing}
        onOpenChange={onOpenChange}
        title={t('ui.seats.title')}
        submitLabel={t('ui.billing.seats.submit')}
        onSubmit={flow.review}
        returnFocusRef={returnFocus}
        returnFocusFallback={returnFocusFallback}
        handingOff={!editing}
      >
        <SeatStepper className="tarif-bp-embedded" />
      </FieldDialog>
      {/* Mounted only while in use: closed, their hooks would still recompute the review and
          the request's subject on every change of the draft. */}
      {flow.reviewOpen && (
        <ReviewPurchaseModal
          onOpenChange={onOpenChange}
          returnFocusRef={returnFocus}
          returnFocusFallback={returnFocusFallback}
          onRequestChange={flow.requestChange}
          onPurchaseComplete={page.purchased}
        />
      )}
      {flow.status === 'requesting' && (
        <ChangeRequestDialog
          open
          onOpenChange={onOpenChange}
          returnFocusRef={returnFocus}
          returnFocusFallback={returnFocusFallback}
        />
      )}
    </>
  );
}

export { FlowDialogs };

import type { ReactNode } from 'react';
import * as Dialog from '@radix-ui/react-dialog';
import { CheckIcon } from './icons.js';

/* -------------------------------------------------------------------------------------------------
 * DialogSuccess: the check mark and the sentence that says it is done
 * -----------------------------------------------------------------------------------------------*/

/** A dialog's done state: its sentence, read as the dialog's description. */
export interface DialogSuccessProps {
  slot: string;
  /** The sentence, which is also the dialog's description. */
  description: ReactNode;
  /** Read after the description, in the same live output. */
  children?: ReactNode;
  id?: string;
}

function DialogSuccess({ slot, description, children, id }: DialogSuccessProps) {
  return (
    <div data-slot={slot} className="tarif-dialog-body tarif-rpm-success">
      <span className="tarif-rpm-check" aria-hidden="true">
        <CheckIcon />
      </span>
      <output id={id} className="tarif-rpm-success-text">
        <Dialog.Description asChild>
          <span>{description}</span>
        </Dialog.Description>
        {children}
      </output>
    </div>
  );
}

export { DialogSuccess };

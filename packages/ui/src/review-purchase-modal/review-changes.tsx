import type { ChangeDescription } from '@tarif/react';
import { AmountRow } from '../internal/amount-row.js';
import { useUiMessages } from '../internal/use-ui-messages.js';

/* -------------------------------------------------------------------------------------------------
 * ReviewChanges: each part of the change, in the hook's words, and when it applies
 * -----------------------------------------------------------------------------------------------*/

export interface ReviewChangesProps {
  changes: readonly ChangeDescription[];
  headingId: string;
}

function ReviewChanges({ changes, headingId }: ReviewChangesProps) {
  const { t } = useUiMessages();
  if (changes.length === 0) return null;
  return (
    <section
      data-slot="review-purchase-modal-changes"
      className="tarif-rpm-section"
      aria-labelledby={headingId}
    >
      <h3 id={headingId} className="tarif-rpm-heading">
        {t('ui.review.changes')}
      </h3>
      <dl className="tarif-rpm-list">
        {changes.map((change) => (
          <AmountRow
            key={change.id}
            dataSlot="review-purchase-modal-change"
            data-dimension={change.dimension}
            label={change.label}
          >
            <ArrowSpokenAs word={t('ui.review.change.to')}>{change.value}</ArrowSpokenAs>
            {change.effect === 'renewal' && (
              <span className="tarif-badge tarif-rpm-when">{t('ui.review.change.atRenewal')}</span>
            )}
          </AmountRow>
        ))}
      </dl>
    </section>
  );
}

/**
 * « 3 → 4 seats » as the catalogs write it, with the arrow shown but not read (a screen reader
 * says « right arrow »): « 3 to 4 seats » is read instead.
 */
function ArrowSpokenAs({ word, children }: { word: string; children: string }) {
  const [before, ...rest] = children.split('→');
  if (rest.length === 0) return <>{children}</>;
  return (
    <>
      {before}
      <span aria-hidden="true">→</span>
      <span className="tarif-sr-only">{word}</span>
      {rest.join('→')}
    </>
  );
}

export { ReviewChanges };

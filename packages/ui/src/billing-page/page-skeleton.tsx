import { useUiMessages } from '../internal/use-ui-messages.js';

/* -------------------------------------------------------------------------------------------------
 * PageSkeleton: the page's shape in grey while the account loads
 * -----------------------------------------------------------------------------------------------*/

function PageSkeleton() {
  const { t } = useUiMessages();
  return (
    <>
      <output className="tarif-sr-only">{t('ui.common.loading')}</output>
      <div className="tarif-skeleton" style={{ blockSize: 28, inlineSize: 280 }} />
      <div className="tarif-card tarif-bp-skeleton-card">
        <div className="tarif-skeleton" style={{ blockSize: 16, inlineSize: '30%' }} />
        <div className="tarif-skeleton" style={{ blockSize: 24, inlineSize: '45%' }} />
        <div className="tarif-skeleton" style={{ blockSize: 16, inlineSize: '70%' }} />
      </div>
      <div className="tarif-card tarif-bp-skeleton-card">
        <div className="tarif-skeleton" style={{ blockSize: 20, inlineSize: '40%' }} />
        <div className="tarif-skeleton" style={{ blockSize: 20, inlineSize: '55%' }} />
      </div>
    </>
  );
}

export { PageSkeleton };

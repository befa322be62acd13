import { forwardRef, memo, useId, useLayoutEffect, useRef, useState } from 'react';
import type { ComponentPropsWithoutRef, KeyboardEvent } from 'react';
import * as Slider from '@radix-ui/react-slider';
import { useContactLimitField } from '@tarif/react';
import { cx } from '../internal/cx.js';
import { useLang } from '../internal/use-lang.js';
import { PriceText } from '../internal/price-text.js';
import { Skeleton } from '../internal/skeleton.js';
import { useComposedRefs } from '../internal/use-composed-refs.js';
import { useDirection } from '../internal/use-direction.js';
import { useFieldWidget } from '../internal/use-field-widget.js';
import { UsageMeter } from '../internal/usage-meter.js';
import { loadingRootProps } from '../internal/widget-loading.js';

/* -------------------------------------------------------------------------------------------------
 * ContactLimitSlider
 * -----------------------------------------------------------------------------------------------*/

const NAME = 'ContactLimitSlider';

/** What the slider shows and offers, over its root's attributes. */
export interface ContactLimitSliderProps extends Omit<
  ComponentPropsWithoutRef<'div'>,
  'children' | 'dir'
> {
  /** Shows the "contacts in use" meter under the slider. Default true. */
  showUsage?: boolean;
  /** Called from the button in the "contact sales" hint, shown past the last band. Without it, the hint is text only. */
  onContactSales?: () => void;
  /** Writing direction; read from the page when omitted. */
  dir?: 'ltr' | 'rtl';
}

/**
 * Picks the contact limit among the catalog's bands (the slider's value is the band index), with
 * the price of the chosen band, the contacts in use, and a last step past the bands for sales.
 */
const ContactLimitSlider = forwardRef<HTMLDivElement, ContactLimitSliderProps>(
  function ContactLimitSlider(props, forwardedRef) {
    const { showUsage = true, onContactSales, dir: dirProp, className, ...rootProps } = props;
    const field = useContactLimitField();
    const { account, messages, readOnly, readOnlyNotice, draftPlan } = useFieldWidget();
    const lang = useLang();
    const { t, formatMoney, formatNumber } = messages;
    const [dir, measureDirection] = useDirection(dirProp);
    const ref = useComposedRefs<HTMLDivElement>(measureDirection, forwardedRef);
    const id = useId();
    const labelId = `${id}-label`;
    const blockedId = `${id}-blocked`;
    const usageId = `${id}-usage`;
    const disabled = field.disabled || readOnly;
    // Until the first step the price status stays empty: there, silent, before it has news.
    const [stepped, setStepped] = useState(false);
    const thumb = useRef<HTMLSpanElement>(null);

    // A step can make the header above taller (a band label wrapping at 400 % zoom) and push the
    // focused thumb out of a scrolling dialog's view: bring it back, the least scroll that shows it.
    useLayoutEffect(() => {
      if (stepped && thumb.current === document.activeElement)
        thumb.current?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    }, [field.selectedIndex, stepped]);

    if (account.status !== 'ready' || field.bands.length === 0) {
      return (
        <div
          ref={ref}
          {...loadingRootProps('contact-limit-slider')}
          className={cx('tarif tarif-card tarif-cls', className)}
          lang={lang}
          {...rootProps}
        >
          <Skeleton
            label={t('ui.common.loading')}
            slot="contact-limit-slider-skeleton"
            blocks={[
              { blockSize: 24, inlineSize: '40%' },
              { blockSize: 6, marginBlock: 24 },
              { blockSize: 16, inlineSize: '60%' },
            ]}
          />
        </div>
      );
    }

    const { bands, selectedIndex, maxIndex, contactsInUse } = field;
    const lastBand = bands[bands.length - 1];
    const beyond = field.isContactSalesBeyond;
    const band = beyond ? undefined : bands[selectedIndex];
    const limit = (band ?? lastBand)?.limit ?? 0;
    const firstAllowed = Math.max(
      0,
      bands.findIndex((b) => !b.blocked),
    );
    const atBlockedEdge = firstAllowed > 0 && selectedIndex === firstAllowed;
    const countText = beyond
      ? t('ui.contactLimit.beyond', { count: lastBand?.limit ?? 0 })
      : t('ui.contactLimit.contacts', { count: limit });
    // The nudge quotes core's whole percent of the draft limit (9 950 of 10 000 is 99 %, not a
    // rounded 100 % that would claim the limit is reached); the meter draws usage against the limit it names.
    const percent = field.usage.contactsShare;
    const near = field.nearLimit && !beyond;

    return (
      <div
        ref={ref}
        data-slot="contact-limit-slider"
        data-state={beyond ? 'beyond' : near ? 'near-limit' : 'within'}
        data-disabled={disabled ? '' : undefined}
        className={cx('tarif tarif-card tarif-cls', className)}
        lang={lang}
        {...rootProps}
      >
        <div data-slot="contact-limit-slider-header" className="tarif-cls-header">
          <div data-slot="contact-limit-slider-value" className="tarif-cls-value">
            <span data-slot="contact-limit-slider-label" id={labelId} className="tarif-cls-label">
              {t('ui.contactLimit.label')}
            </span>
            {/* Not live: the thumb's aria-valuetext says the count already. */}
            <span data-slot="contact-limit-slider-count" className="tarif-cls-count tarif-amount">
              {countText}
            </span>
          </div>
          {/* What a step changes beside the count, the band's price, said once per step. */}
          <output
            data-slot="contact-limit-slider-status"
            aria-live="polite"
            className="tarif-sr-only"
          >
            {stepped && (
              <>
                {t('ui.contactLimit.priceLabel')}{' '}
                {band?.price ? (
                  <PriceText amount={formatMoney(band.price)} interval={draftPlan?.interval} />
                ) : (
                  t('ui.common.contactSales')
                )}
              </>
            )}
          </output>
          <div data-slot="contact-limit-slider-price" className="tarif-cls-price">
            <span className="tarif-sr-only">{t('ui.contactLimit.priceLabel')}</span>
            {band?.price ? (
              <PriceText
                amount={formatMoney(band.price)}
                interval={draftPlan?.interval}
                amountSlot="contact-limit-slider-amount"
                amountClassName="tarif-cls-amount"
              />
            ) : (
              <span
                data-slot="contact-limit-slider-amount"
                className="tarif-cls-amount tarif-cls-amount--sales"
              >
                {t('ui.common.contactSales')}
              </span>
            )}
          </div>
        </div>

        <Slider.Root
          data-slot="contact-limit-slider-control"
          className="tarif-cls-control"
          min={0}
          max={maxIndex}
          step={1}
          value={[selectedIndex]}
          onValueChange={([index]) => {
            if (index === undefined || index === selectedIndex) return;
            field.setIndex(index);
            setStepped(true);
          }}
          disabled={disabled}
          dir={dir}
        >
          <Slider.Track data-slot="contact-limit-slider-track" className="tarif-cls-track">
            {firstAllowed > 0 && (
              <span
                data-slot="contact-limit-slider-blocked"
                className="tarif-cls-blocked"
                style={{ inlineSize: `${(firstAllowed / maxIndex) * 100}%` }}
              />
            )}
            <Slider.Range data-slot="contact-limit-slider-range" className="tarif-cls-range" />
          </Slider.Track>
          <Slider.Thumb
            ref={thumb}
            data-slot="contact-limit-slider-thumb"
            className="tarif-cls-thumb"
            aria-labelledby={labelId}
            aria-valuetext={countText}
            aria-describedby={atBlockedEdge ? blockedId : undefined}
            // Radix marks a disabled thumb with data-disabled only; assistive tech reads this.
            aria-disabled={disabled || undefined}
            onKeyDown={leaveModifiedKeysToTheBrowser}
          />
        </Slider.Root>

        <SliderScale
          from={formatNumber(bands[0]?.limit ?? 0)}
          to={t('ui.contactLimit.beyond', { count: lastBand?.limit ?? 0 })}
        />

        {showUsage && (
          <div data-slot="contact-limit-slider-usage" className="tarif-cls-usage">
            <div className="tarif-cls-usage-text">
              <span id={usageId}>{t('ui.contactLimit.usageLabel')}</span>
              <span className="tarif-amount tarif-muted">
                {t('ui.contactLimit.usageValue', { used: contactsInUse, count: limit })}
              </span>
            </div>
            <UsageMeter
              aria-labelledby={usageId}
              used={contactsInUse}
              limit={limit}
              percent={limit > 0 ? (contactsInUse / limit) * 100 : 0}
              near={near}
            />
          </div>
        )}

        {atBlockedEdge && (
          <p
            data-slot="contact-limit-slider-blocked-reason"
            id={blockedId}
            className="tarif-cls-hint tarif-muted"
          >
            {t('ui.contactLimit.blockedByUsage', { count: contactsInUse })}
          </p>
        )}
        {field.nudge && !disabled && (
          <p data-slot="contact-limit-slider-nudge" className="tarif-note tarif-note--warning">
            {t('ui.contactLimit.nearLimit', {
              percent: t('ui.common.percent', { value: percent }),
            })}
          </p>
        )}
        {beyond && (
          <div
            data-slot="contact-limit-slider-contact-sales"
            className="tarif-note tarif-note--info tarif-cls-sales"
            aria-live="polite"
          >
            <span>{t('ui.contactLimit.contactSalesHint', { count: lastBand?.limit ?? 0 })}</span>
            {onContactSales && (
              <button
                type="button"
                className="tarif-button tarif-button--secondary"
                onClick={onContactSales}
              >
                {t('ui.common.contactSales')}
              </button>
            )}
          </div>
        )}
        {readOnlyNotice && (
          <p data-slot="contact-limit-slider-read-only" className="tarif-note">
            {readOnlyNotice}
          </p>
        )}
      </div>
    );
  },
);
ContactLimitSlider.displayName = NAME;

/**
 * Alt+ArrowLeft is the browser's Back, Ctrl/Cmd with arrows or Home/End the system's own
 * shortcuts: the slider pattern defines none of them. Radix's slider steps on them from its root's
 * key handler; stopping the event at the thumb keeps that handler out and the browser's default in.
 */
function leaveModifiedKeysToTheBrowser(event: KeyboardEvent<HTMLSpanElement>) {
  if (event.altKey || event.ctrlKey || event.metaKey) event.stopPropagation();
}

/** The ends of the track, for sighted users (the thumb's value text says it all to the others). Memoised: the bands do not move with a step. */
const SliderScale = memo(function SliderScale({ from, to }: { from: string; to: string }) {
  return (
    <div
      data-slot="contact-limit-slider-scale"
      className="tarif-cls-scale tarif-muted tarif-amount"
      aria-hidden="true"
    >
      <span>{from}</span>
      <span>{to}</span>
    </div>
  );
});

export { ContactLimitSlider };

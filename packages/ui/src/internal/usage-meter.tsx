import { useUiMessages } from './use-ui-messages.js';

/** What the meter measures, and its name. */
export interface UsageMeterProps {
  /** Contacts in use. */
  used: number;
  /** The contact limit the meter measures against. */
  limit: number;
  /** How far the fill goes, in percent of the track (capped at 100). */
  percent: number;
  /** Core's "near the limit", which colours the fill. */
  near: boolean;
  /** Names the meter, when no visible label does. */
  'aria-label'?: string | undefined;
  /** The visible label's id. */
  'aria-labelledby'?: string | undefined;
}

/** Contacts in use against a limit, read out as « 8,700 of 10,000 contacts ». */
export function UsageMeter({ used, limit, percent, near, ...label }: UsageMeterProps) {
  const { t } = useUiMessages();
  return (
    <div
      // A styled div, not <meter>: the native element cannot be themed the same way in every browser.
      // oxlint-disable-next-line jsx-a11y/prefer-tag-over-role
      role="meter"
      {...label}
      aria-valuemin={0}
      aria-valuemax={limit}
      aria-valuenow={Math.min(used, limit)}
      aria-valuetext={t('ui.contactLimit.usageValue', { used, count: limit })}
      className="tarif-meter"
      data-state={near ? 'near' : undefined}
    >
      <div className="tarif-meter-fill" style={{ inlineSize: `${Math.min(100, percent)}%` }} />
    </div>
  );
}

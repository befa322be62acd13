const calendars = new Map<string, Intl.DateTimeFormat>();

/** The calendar date (year, month, day) of an instant in a time zone. */
function calendarDate(instant: string, timeZone: string): { y: number; m: number; d: number } {
  let format = calendars.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    });
    calendars.set(timeZone, format);
  }
  const parts = Object.fromEntries(
    format.formatToParts(Date.parse(instant)).map((part) => [part.type, part.value]),
  );
  return { y: Number(parts['year']), m: Number(parts['month']), d: Number(parts['day']) };
}

/**
 * The last day a period covers, as midnight UTC of that calendar day (format it with
 * `timeZone: 'UTC'`). A period's end is exclusive: it is the instant the next period starts, the
 * renewal. An invoice writes the days covered, « du 16 mars au 31 mars », and the renewal on its
 * own day, « Prochain renouvellement le 1er avril »: the last day is the day before the renewal's
 * day in the viewer's time zone, and never before the period's first day (a change made on the
 * renewal day itself covers that one day).
 */
export function lastDayOfPeriod(from: string, to: string, timeZone: string): Date {
  const end = calendarDate(to, timeZone);
  const start = calendarDate(from, timeZone);
  // Date.UTC normalises day 0 to the last day of the previous month (and year).
  const dayBefore = Date.UTC(end.y, end.m - 1, end.d - 1);
  return new Date(Math.max(dayBefore, Date.UTC(start.y, start.m - 1, start.d)));
}

/** Today as an ISO date (YYYY-MM-DD), in the reader's time zone: the date a printed or cited answer was checked. */
export function todayIso(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

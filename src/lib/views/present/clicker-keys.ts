/**
 * What a key does in a presentation. Clickers send → / PageDown / Space forward and ← / PageUp
 * back; Home and End go to the ends; digits then Enter jump to a step (as in slide software);
 * Esc leaves. Pure: the typed digits go in and come out, so it is unit-tested without a DOM.
 */
export type TourCommand =
  | { type: 'next' }
  | { type: 'prev' }
  | { type: 'first' }
  | { type: 'last' }
  /** 0-based */
  | { type: 'go'; step: number }
  | { type: 'leave' };

export interface KeyResult {
  /** what to do, or null (a digit typed, or a key that is not ours) */
  command: TourCommand | null;
  /** digits typed so far */
  typed: string;
  /** the key was ours: the page should not also act on it (scroll, press a button) */
  handled: boolean;
}

export function clickerKey(key: string, typed: string): KeyResult {
  if (/^[0-9]$/.test(key)) return { command: null, typed: (typed + key).slice(-3), handled: true };
  if (key === 'Backspace' && typed) return { command: null, typed: typed.slice(0, -1), handled: true };
  if (key === 'Enter' && typed) {
    const n = Number(typed);
    return { command: n >= 1 ? { type: 'go', step: n - 1 } : null, typed: '', handled: true };
  }
  const command: TourCommand | null =
    key === 'ArrowRight' || key === 'PageDown' || key === ' ' ? { type: 'next' }
    : key === 'ArrowLeft' || key === 'PageUp' ? { type: 'prev' }
    : key === 'Home' ? { type: 'first' }
    : key === 'End' ? { type: 'last' }
    : key === 'Escape' ? { type: 'leave' }
    : null;
  // any other key drops half-typed digits, so a stray "3" does not wait for a later Enter
  return { command, typed: command ? '' : typed && key === 'Shift' ? typed : '', handled: command !== null };
}

/** Open (or bring forward) the presenter's window at the tour step on show. */
import { formatHash, type TourAt } from '../../model/url-hash.ts';
import type { RecordIndex } from '../../model/record-index.ts';

export function openPresenterWindow(at: TourAt, index: RecordIndex): Window | null {
  const url = location.pathname + location.search + formatHash(null, index, { ...at, view: 'presenter' });
  // a named window: a second click reuses it instead of opening another
  return window.open(url, 'record-explorer-presenter', 'popup,width=1100,height=720');
}

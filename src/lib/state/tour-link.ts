/**
 * The line between the projected window and the presenter's window: a BroadcastChannel per
 * record, carrying where the tour is. A no-op where BroadcastChannel is missing (old browsers,
 * Node tests), so a tour still runs in one window.
 */

export type TourMessage =
  /** "I am at this step" */
  | { type: 'at'; tour: string; step: number }
  /** a new window asks where the tour is */
  | { type: 'hello' };

export interface TourLink {
  post(message: TourMessage): void;
  /** returns the unsubscribe function */
  listen(fn: (message: TourMessage) => void): () => void;
  close(): void;
}

export function broadcastLink(name: string): TourLink {
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(name) : null;
  return {
    post(message) {
      channel?.postMessage(message);
    },
    listen(fn) {
      if (!channel) return () => {};
      const handler = (e: MessageEvent) => {
        const m = e.data as Partial<TourMessage> | null;
        // messages come from another window: trust their shape only after a check
        if (m?.type === 'hello') fn({ type: 'hello' });
        else if (m?.type === 'at' && typeof m.tour === 'string' && Number.isInteger(m.step)) fn({ type: 'at', tour: m.tour, step: m.step! });
      };
      channel.addEventListener('message', handler);
      return () => channel.removeEventListener('message', handler);
    },
    close() {
      channel?.close();
    },
  };
}

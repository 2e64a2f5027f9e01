/**
 * The app's end of the host API (host-api.ts) on a real window: listens for commands from the
 * embedding page and posts events to it. Commands from an origin outside the allow-list are
 * dropped unread; events go to one allow-listed origin, never to "*".
 */
import { appMessage, isAllowedOrigin, parseHostCommand, type AppEvent, type HostCommand } from './host-api.ts';

export interface HostBridge {
  /** Post an event to the host, if this page is framed by an allowed origin. */
  post(event: AppEvent): void;
  close(): void;
}

/**
 * The host's origin as the browser reports it (Chromium, Safari: `location.ancestorOrigins`);
 * undefined where the browser does not say (Firefox).
 */
function parentOrigin(win: Window): string | undefined {
  const ancestors = (win.location as Location & { ancestorOrigins?: DOMStringList }).ancestorOrigins;
  return ancestors && ancestors.length > 0 ? (ancestors[0] ?? undefined) : undefined;
}

export function connectHost(win: Window, allowed: readonly string[], run: (command: HostCommand) => void): HostBridge {
  const framed = win.parent !== win;
  /** the origin of the last command obeyed: where answers go when the browser does not name the parent */
  let heard: string | undefined;

  /** Where events go: the parent's origin when it is allowed; nowhere when it is not. */
  const target = (): string | undefined => {
    if (!framed) return undefined;
    const parent = parentOrigin(win);
    if (parent !== undefined) return isAllowedOrigin(parent, allowed) ? parent : undefined;
    return heard ?? allowed[0];
  };

  const onmessage = (e: MessageEvent) => {
    // only the window that framed us may command us, and only from an allowed origin
    if (e.source !== win.parent || !isAllowedOrigin(e.origin, allowed)) return;
    const command = parseHostCommand(e.data);
    if (!command) return;
    heard = e.origin;
    run(command);
  };
  win.addEventListener('message', onmessage);

  return {
    post(event) {
      const origin = target();
      if (origin) win.parent.postMessage(appMessage(event), origin);
    },
    close() {
      win.removeEventListener('message', onmessage);
    },
  };
}

/** The host API: which messages are commands, which origins are obeyed, and where events go. */
import { describe, expect, it, vi } from 'vitest';
import { APP, isAllowedOrigin, parseHostCommand } from '../../src/lib/embed/host-api.ts';
import { connectHost } from '../../src/lib/embed/host-bridge.ts';

describe('parseHostCommand', () => {
  it.each([
    [{ app: APP, type: 'select', ref: { kind: 'place', id: 'pyongyang' } }, { type: 'select', ref: { kind: 'place', id: 'pyongyang' } }],
    [{ app: APP, type: 'select', ref: { kind: 'paragraph', id: 'p3' } }, { type: 'select', ref: { kind: 'paragraph', id: 'p3' } }],
    [{ app: APP, type: 'select', ref: null }, { type: 'select', ref: null }],
    [{ app: APP, type: 'tour' }, { type: 'tour' }],
    [{ app: APP, type: 'tour', tour: 'class', step: 3 }, { type: 'tour', tour: 'class', step: 3 }],
    [{ app: APP, type: 'next' }, { type: 'next' }],
    [{ app: APP, type: 'prev', extra: 1 }, { type: 'prev' }],
    [{ app: APP, type: 'reset' }, { type: 'reset' }],
    [{ app: APP, type: 'hello' }, { type: 'hello' }],
  ])('%o is the command %o', (data, command) => {
    expect(parseHostCommand(data)).toEqual(command);
  });
  it.each([
    ['no app tag', { type: 'next' }],
    ['another app', { app: 'other', type: 'next' }],
    ['unknown type', { app: APP, type: 'eval', code: 'x' }],
    ['bad kind', { app: APP, type: 'select', ref: { kind: 'script', id: 'x' } }],
    ['empty id', { app: APP, type: 'select', ref: { kind: 'place', id: '' } }],
    ['id not a string', { app: APP, type: 'select', ref: { kind: 'place', id: 3 } }],
    ['ref missing', { app: APP, type: 'select' }],
    ['step 0 (steps count from 1)', { app: APP, type: 'tour', step: 0 }],
    ['step not whole', { app: APP, type: 'tour', step: 1.5 }],
    ['tour not a string', { app: APP, type: 'tour', tour: 7 }],
    ['a string', 'next'],
    ['null', null],
  ])('%s is not a command', (_, data) => {
    expect(parseHostCommand(data)).toBeNull();
  });
});

describe('isAllowedOrigin', () => {
  const allowed = ['https://host.example', 'https://app.example'];
  it.each([
    ['https://host.example', true],
    ['https://app.example', true],
    ['https://host.example.evil', false],
    ['http://host.example', false],
    ['https://sub.host.example', false],
    ['null', false],
    ['*', false],
  ])('%s → %s', (origin, ok) => {
    expect(isAllowedOrigin(origin, allowed)).toBe(ok);
  });
  it('"null" is refused even when listed', () => {
    expect(isAllowedOrigin('null', ['null'])).toBe(false);
  });
});

/** A window with a parent, enough for the bridge: listeners, postMessage, ancestorOrigins. */
function fakeFrame(ancestor?: string) {
  const listeners = new Set<(e: MessageEvent) => void>();
  const parent = { postMessage: vi.fn() };
  const win = {
    parent,
    location: ancestor === undefined ? {} : { ancestorOrigins: Object.assign([ancestor], { contains: () => true, item: () => ancestor }) },
    addEventListener: (_: string, fn: (e: MessageEvent) => void) => listeners.add(fn),
    removeEventListener: (_: string, fn: (e: MessageEvent) => void) => listeners.delete(fn),
  };
  const send = (data: unknown, origin: string, source: unknown = parent) => {
    for (const fn of listeners) fn({ data, origin, source } as unknown as MessageEvent);
  };
  return { win: win as unknown as Window, parent, send, listeners };
}

describe('connectHost', () => {
  const allowed = ['https://host.example', 'https://app.example'];
  const ready = { type: 'ready' as const, state: { ref: null, label: null, hash: '', tour: null }, tours: [] };

  it('obeys its parent from an allowed origin, and ignores other origins and other windows', () => {
    const f = fakeFrame('https://host.example');
    const run = vi.fn();
    connectHost(f.win, allowed, run);
    f.send({ app: APP, type: 'next' }, 'https://evil.example');
    f.send({ app: APP, type: 'next' }, 'https://host.example', { postMessage() {} });
    f.send({ app: APP, type: 'bogus' }, 'https://host.example');
    expect(run).not.toHaveBeenCalled();
    f.send({ app: APP, type: 'next' }, 'https://host.example');
    expect(run).toHaveBeenCalledExactlyOnceWith({ type: 'next' });
  });
  it('posts events to the parent at its own origin, never "*"', () => {
    const f = fakeFrame('https://host.example');
    connectHost(f.win, allowed, () => {}).post(ready);
    expect(f.parent.postMessage).toHaveBeenCalledExactlyOnceWith({ app: APP, ...ready }, 'https://host.example');
  });
  it('posts nothing to a parent whose origin is not allowed', () => {
    const f = fakeFrame('https://evil.example');
    connectHost(f.win, allowed, () => {}).post(ready);
    expect(f.parent.postMessage).not.toHaveBeenCalled();
  });
  it('where the browser does not name the parent, posts to the first allowed origin, then to the one heard from', () => {
    const f = fakeFrame();
    const bridge = connectHost(f.win, allowed, () => {});
    bridge.post(ready);
    expect(f.parent.postMessage).toHaveBeenLastCalledWith(expect.anything(), 'https://host.example');
    f.send({ app: APP, type: 'hello' }, 'https://app.example');
    bridge.post(ready);
    expect(f.parent.postMessage).toHaveBeenLastCalledWith(expect.anything(), 'https://app.example');
  });
  it('a page that is not framed posts nothing; close removes its listener', () => {
    const f = fakeFrame('https://host.example');
    (f.win as unknown as { parent: unknown }).parent = f.win;
    const bridge = connectHost(f.win, allowed, () => {});
    bridge.post(ready);
    expect(f.parent.postMessage).not.toHaveBeenCalled();
    expect(f.listeners.size).toBe(1);
    bridge.close();
    expect(f.listeners.size).toBe(0);
  });
});

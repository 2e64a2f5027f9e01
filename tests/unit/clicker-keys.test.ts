/** What presentation clickers and the keyboard do to a tour. */
import { describe, expect, it } from 'vitest';
import { clickerKey } from '../../src/lib/views/present/clicker-keys.ts';

describe('clickerKey', () => {
  it.each([
    ['ArrowRight', 'next'], ['PageDown', 'next'], [' ', 'next'],
    ['ArrowLeft', 'prev'], ['PageUp', 'prev'],
    ['Home', 'first'], ['End', 'last'], ['Escape', 'leave'],
  ])('%j → %s', (key, type) => {
    const r = clickerKey(key, '');
    expect(r.command).toEqual({ type });
    expect(r.handled).toBe(true);
  });
  it('digits then Enter jump to that step (counted from 1)', () => {
    let typed = '';
    for (const k of ['1', '2']) {
      const r = clickerKey(k, typed);
      expect(r.command).toBeNull();
      expect(r.handled).toBe(true);
      typed = r.typed;
    }
    expect(clickerKey('Enter', typed)).toEqual({ command: { type: 'go', step: 11 }, typed: '', handled: true });
  });
  it('Backspace takes back a digit; "0" then Enter goes nowhere', () => {
    expect(clickerKey('Backspace', '41').typed).toBe('4');
    expect(clickerKey('Enter', '0').command).toBeNull();
  });
  it('Enter with no digits and other keys are not the tour’s (a focused button keeps them)', () => {
    expect(clickerKey('Enter', '').handled).toBe(false);
    expect(clickerKey('a', '').handled).toBe(false);
    expect(clickerKey('ArrowUp', '3')).toEqual({ command: null, typed: '', handled: false });
  });
});

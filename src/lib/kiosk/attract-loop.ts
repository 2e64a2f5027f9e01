/**
 * The kiosk's clock: while nobody touches the screen the tour plays by itself (one step every
 * `dwell` seconds, round and round); a touch takes over; `idle` seconds after the last touch the
 * loop starts again from the first step. Exactly one timer is pending at any moment, and
 * `dispose` clears it: a kiosk runs for days, and timers that pile up would grow without end.
 */

export type KioskPhase = 'attract' | 'interactive';

export interface Clock {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export interface AttractLoopOptions {
  /** seconds a step stays on screen */
  dwell: number;
  /** seconds without a touch before the loop comes back */
  idle: number;
  /** show the next step (wrapping round to the first after the last) */
  advance: () => void;
  /** begin the loop from its start (first step, nothing else selected, filters cleared) */
  restart: () => void;
  onphase?: (phase: KioskPhase) => void;
  clock?: Clock;
}

const realClock: Clock = {
  set: (fn, ms) => setTimeout(fn, ms),
  clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

export class AttractLoop {
  phase: KioskPhase = 'attract';
  /** full cycles and steps shown by the loop (for tests and a soak's log) */
  steps = 0;
  private timer: unknown = null;
  private readonly o: AttractLoopOptions;
  private readonly clock: Clock;
  private disposed = false;

  constructor(options: AttractLoopOptions) {
    this.o = options;
    this.clock = options.clock ?? realClock;
  }

  /** Begin (or begin again) the attract loop. */
  start() {
    if (this.disposed) return;
    this.setPhase('attract');
    this.o.restart();
    this.schedule(this.o.dwell, () => this.tick());
  }

  /** Someone touched the screen: stop the loop, and wait `idle` seconds from now. */
  touch() {
    if (this.disposed) return;
    this.setPhase('interactive');
    this.schedule(this.o.idle, () => this.start());
  }

  dispose() {
    this.disposed = true;
    this.cancel();
  }

  private tick() {
    this.steps++;
    this.o.advance();
    this.schedule(this.o.dwell, () => this.tick());
  }

  private schedule(seconds: number, fn: () => void) {
    this.cancel();
    this.timer = this.clock.set(() => {
      this.timer = null;
      fn();
    }, seconds * 1000);
  }

  private cancel() {
    if (this.timer !== null) this.clock.clear(this.timer);
    this.timer = null;
  }

  private setPhase(phase: KioskPhase) {
    if (phase === this.phase) return;
    this.phase = phase;
    this.o.onphase?.(phase);
  }
}

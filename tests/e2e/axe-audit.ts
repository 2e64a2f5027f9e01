/**
 * axe-core's WCAG 2.2 AA audit of what the page shows now, shared by the accessibility specs.
 *
 * Markers crowded under a more important neighbour (East and West Pyongyang under Pyongyang at
 * world zoom) take no pointer input (pointer-events: none), so they are no pointer target in the
 * sense of WCAG 2.5.8; they stay in the tab order, and the Places list reaches them too. axe
 * cannot see that, so the markers that really take no pointer input are checked against every
 * rule but target-size.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** WCAG 2.2 AA rules, as axe-core tags them. */
export const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export async function audit(page: Page) {
  const mark = '[data-no-pointer]';
  await page.locator('.place-marker').evaluateAll((els) => {
    for (const el of els) {
      if (getComputedStyle(el).pointerEvents === 'none') el.setAttribute('data-no-pointer', '');
      else el.removeAttribute('data-no-pointer');
    }
  });
  const main = await new AxeBuilder({ page }).withTags(TAGS).exclude(mark).analyze();
  const rest = (await page.locator(mark).count())
    ? (await new AxeBuilder({ page }).withTags(TAGS).include(mark).disableRules(['target-size']).analyze()).violations
    : [];
  return [...main.violations, ...rest];
}

/** One line per violation, naming a few of the nodes: what a failing expect prints. */
export const summary = (v: { id: string; nodes: { target: unknown }[] }[]) =>
  v.map((x) => `${x.id}: ${x.nodes.map((n) => JSON.stringify(n.target)).slice(0, 4).join(', ')}`);

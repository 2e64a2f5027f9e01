import { expect, test } from '@playwright/test';
import { openApp, placeMarker, timelineEvent, record, watch } from './util.ts';

test('the app works under its Content-Security-Policy, which blocks injected inline script and reports no violation of its own', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { __csp: string[] }).__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const w = watch(page);
  await openApp(page);
  await placeMarker(page, 'Pyongyang').click();
  await timelineEvent(page, record.events[0]!.title).click();
  expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
  // the policy is really in force: an injected inline script does not run, and is reported
  const ran = await page.evaluate(async () => {
    const s = document.createElement('script');
    s.textContent = 'window.__inlineRan = true';
    document.head.append(s);
    await new Promise((r) => setTimeout(r, 50));
    return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
  });
  expect(ran).toBe(false);
  await expect.poll(() => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp.length)).toBe(1);
  expect(w.external).toEqual([]);
});

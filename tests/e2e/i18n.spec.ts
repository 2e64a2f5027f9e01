/**
 * The interface in Chinese and Korean, chosen from the browser's language (a context with that
 * locale) or with the switcher (kept in this browser); `<html lang>` follows; dates are written
 * the language's way, in UTC; the record's own words are shown exactly as the record gives them.
 * Screenshots go to tests/screenshots/ for a person to look at.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { openApp, openKiosk, record, watch } from './util.ts';

async function openIn(browser: Browser, locale: string, size = { width: 1440, height: 900 }, hash = '#place=pyongyang') {
  const context = await browser.newContext({ locale, timezoneId: 'Asia/Seoul', viewport: size });
  const page = await context.newPage();
  const w = watch(page);
  await openApp(page, hash);
  return { context, page, w };
}

/** The record's own words stand untouched: title, a paragraph, a place name in the list. */
async function expectRecordText(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(record.title);
  await expect(page.locator('.reader .paragraph p').first()).toHaveText(record.paragraphs[0]!.text);
  await expect(page.locator('.reader .paragraph p').first()).toHaveAttribute('lang', 'en');
  await expect(page.locator('.detail h2')).toHaveText('Pyongyang');
}

const CASES = [
  {
    locale: 'zh-CN',
    lang: 'zh-Hans',
    tabs: ['原文', '地点', '事件', '人物'],
    live: '已选择地点：Pyongyang',
    kind: '地点 · 城市',
    start: '开始导览',
    // 29 October 1965 (the record's date) in the timeline's band, written the Chinese way
    recordDate: '档案日期：1965年10月29日',
    mapLabel: /档案中提到的地点/,
  },
  {
    locale: 'ko-KR',
    lang: 'ko',
    tabs: ['원문', '장소', '사건', '인물'],
    live: '장소 선택됨: Pyongyang',
    kind: '장소 · 도시',
    start: '둘러보기 시작',
    recordDate: '기록 날짜: 1965년 10월 29일',
    mapLabel: /기록에 나오는 장소/,
  },
] as const;

for (const c of CASES) {
  test(`the browser's ${c.locale} gives the ${c.lang} interface; the record's text is untouched`, async ({ browser }) => {
    const { context, page, w } = await openIn(browser, c.locale);
    await expect(page.locator('html')).toHaveAttribute('lang', c.lang);
    for (const name of c.tabs) await expect(page.getByRole('tab', { name, exact: true })).toBeVisible();
    await expect(page.locator('.explorer p.sr-only[aria-live]')).toHaveText(c.live);
    await expect(page.locator('.detail .kind')).toHaveText(c.kind);
    await expect(page.getByRole('button', { name: c.start })).toBeVisible();
    await expect(page.locator('.timeline-pane .record-label')).toHaveText(c.recordDate);
    await expect(page.locator('.map-pane .leaflet-container')).toHaveAttribute('aria-label', c.mapLabel);
    await expectRecordText(page);
    // a list's dates are the language's too; the events' titles are the record's
    await page.getByRole('tab', { name: c.tabs[2] }).click();
    const first = page.locator('#panel-event .index-list li').first();
    await expect(first.locator('.name')).toHaveText(/[A-Za-z]/);
    await expect(first.locator('.sub')).toHaveText(c.lang === 'zh-Hans' ? /\d+年/ : /\d+년/);
    await page.getByRole('tab', { name: c.tabs[0] }).click();
    await page.screenshot({ path: `tests/screenshots/i18n-${c.lang}.png`, animations: 'disabled' });
    expect(w.errors).toEqual([]);
    expect(w.external).toEqual([]);
    await context.close();
  });
}

test('the switcher changes the language at once, keeps it for the next visit, and leaves the record alone', async ({ browser }) => {
  const { context, page } = await openIn(browser, 'en-GB');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByLabel('Language').selectOption('ko');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.getByRole('tab', { name: '장소', exact: true })).toBeVisible();
  await expectRecordText(page);
  await page.reload();
  await expect(page.locator('.reader .paragraph')).toHaveCount(record.paragraphs.length);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.getByLabel('언어')).toHaveValue('ko');
  await page.getByLabel('언어').selectOption('zh-Hans');
  await expect(page.getByRole('tab', { name: '地点', exact: true })).toBeVisible();
  await page.getByLabel('语言').selectOption('en');
  await expect(page.getByRole('tab', { name: 'Places', exact: true })).toBeVisible();
  await context.close();
});

test('long strings: at phone width in Korean and Chinese nothing runs off the page sideways', async ({ browser }) => {
  for (const locale of ['ko-KR', 'zh-CN']) {
    const { context, page } = await openIn(browser, locale, { width: 360, height: 780 });
    const overflow = await page.evaluate(() => {
      const wide: string[] = [];
      for (const el of document.querySelectorAll<HTMLElement>('.top *, .tabs *, .timeline .toolbar *')) {
        const r = el.getBoundingClientRect();
        if (r.width > 0 && (r.right > innerWidth + 1 || r.left < -1) && getComputedStyle(el).visibility !== 'hidden' && !el.closest('.skip, .sr-only')) wide.push(`${el.tagName}.${el.className}`);
      }
      return { page: document.documentElement.scrollWidth - innerWidth, wide };
    });
    expect(overflow.page).toBeLessThanOrEqual(0);
    expect(overflow.wide).toEqual([]);
    if (locale === 'ko-KR') await page.screenshot({ path: 'tests/screenshots/i18n-ko-phone.png', animations: 'disabled' });
    await context.close();
  }
});

test('presentation and presenter view in Chinese', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'UTC', viewport: { width: 1600, height: 900 } });
  const page = await context.newPage();
  await page.goto('/#tour=class&step=2&view=present');
  await expect(page.locator('.presentation')).toBeVisible();
  await expect(page.getByRole('button', { name: '退出' })).toBeVisible();
  await expect(page.locator('.presentation .count')).toHaveAttribute('aria-label', /第 2 步，共 \d+ 步/);
  await expect(page.locator('.presentation h1')).toHaveText(record.tours![0]!.steps[1]!.title);
  await expect(page.locator('.presentation [data-basemap="ready"]')).toHaveCount(1);
  await page.waitForTimeout(1200);
  await page.screenshot({ path: 'tests/screenshots/i18n-zh-Hans-present.png', animations: 'disabled' });
  await context.close();
});

test('kiosk in Korean at phone size: the attract hint, the step count and the visitor buttons', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'ko-KR', timezoneId: 'UTC', viewport: { width: 390, height: 844 }, hasTouch: true });
  const page = await context.newPage();
  const w = watch(page);
  await openKiosk(page, 'dwell=600&idle=600');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.locator('.kiosk > nav.controls > .hint')).toHaveText('화면을 눌러 살펴보세요');
  const steps = record.tours![0]!.steps.length;
  await expect(page.locator('.kiosk .count')).toHaveText(`${steps}단계 중 1단계`);
  await expect(page.getByRole('navigation', { name: '둘러보기' })).toBeVisible();
  for (const name of ['지도', '연표', '원문']) await expect(page.getByRole('region', { name, exact: true })).toHaveCount(1);
  // the record's own words stay as they are
  await expect(page.locator('.kiosk .step h2')).toHaveText(record.tours![0]!.steps[0]!.title);
  await page.waitForTimeout(1_200);
  await page.screenshot({ path: 'tests/screenshots/i18n-ko-kiosk-phone.png', animations: 'disabled' });

  // a visitor takes over: the buttons are Korean, and work
  await page.locator('.kiosk .bar h1').tap(); // anywhere: the title does nothing else
  await expect(page.locator('.kiosk')).toHaveAttribute('data-phase', 'interactive');
  await page.getByRole('button', { name: '다음 ›' }).tap();
  await expect(page.locator('.kiosk .count')).toHaveText(`${steps}단계 중 2단계`);
  await expect(page.getByRole('button', { name: '‹ 이전' })).toBeEnabled();
  await page.getByRole('button', { name: '처음부터 다시 둘러보기' }).tap();
  await expect(page.locator('.kiosk .count')).toHaveText(`${steps}단계 중 1단계`);
  await expect(page.locator('.kiosk > nav.controls > .hint')).toHaveText('화면을 눌러 살펴보세요');
  expect(w.errors).toEqual([]);
  await context.close();
});

test('embed in Chinese at phone size, and the Embed dialog in Chinese', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'UTC', viewport: { width: 360, height: 640 } });
  const page = await context.newPage();
  const w = watch(page);
  const tour = record.tours![0]!;
  await page.goto(`/?embed=1#tour=${tour.id}&step=2`);
  await expect(page.locator('.embed .reader .paragraph')).toHaveCount(record.paragraphs.length, { timeout: 20_000 });
  await expect(page.locator('.embed [data-basemap="ready"]')).toHaveCount(1, { timeout: 20_000 });
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await expect(page.getByRole('link', { name: /打开完整视图/ })).toBeInViewport();
  await expect(page.getByRole('button', { name: '上一步', exact: true })).toBeVisible();
  for (const name of ['地图', '时间线', '原文']) await expect(page.getByRole('region', { name, exact: true })).toHaveCount(1);
  await expect(page.locator('.embed .bar h1')).toHaveText(tour.steps[1]!.title);
  await page.getByRole('button', { name: '下一步', exact: true }).click();
  await expect(page.locator('.embed .bar h1')).toHaveText(tour.steps[2]!.title);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await page.waitForTimeout(1_500); // the map's flight to the step ends
  await page.screenshot({ path: 'tests/screenshots/i18n-zh-Hans-embed-phone.png', animations: 'disabled' });

  // the dialog that writes the snippet, in the full explorer
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/#event=tunnels-pyongyang');
  await expect(page.locator('.reader .paragraph')).toHaveCount(record.paragraphs.length);
  await page.getByRole('button', { name: '嵌入', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '嵌入此视图' });
  await expect(dialog).toBeVisible();
  const title = record.events.find((e) => e.id === 'tunnels-pyongyang')!.title;
  await expect(dialog.locator('.at')).toHaveText(`打开时显示：事件“${title}”。`);
  await dialog.getByLabel('时间线').uncheck();
  await dialog.getByLabel('深色').check();
  await dialog.getByLabel('高度（像素）').fill('420');
  await dialog.getByLabel(/你的网页的源/).fill('not an address');
  await expect(dialog.locator('.row .help')).toHaveText('请填写以 https:// 或 http:// 开头的地址');
  const snippet = await dialog.getByLabel('将以下代码粘贴到你的网页中').inputValue();
  expect(snippet).toContain('theme=dark');
  // the embed is in the interface's language unless another is chosen; its name lists the views the Chinese way
  expect(snippet).toContain('lang=zh-Hans');
  expect(snippet).toContain(`title="${record.title}：地图、原文"`);
  await expect(dialog.getByRole('button', { name: '复制' })).toBeVisible();
  await expect(dialog.getByRole('link', { name: '在新标签页中预览' })).toBeVisible();
  await dialog.screenshot({ path: 'tests/screenshots/i18n-zh-Hans-embed-dialog.png', animations: 'disabled' });
  await dialog.getByRole('button', { name: '关闭' }).click();
  await expect(dialog).toBeHidden();
  expect(w.errors).toEqual([]);
  expect(w.external).toEqual([]);
  await context.close();
});

test('a kiosk fixed to Korean by the address (?lang=ko) on an English browser; the saved choice is not written', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'UTC', viewport: { width: 1920, height: 1080 }, hasTouch: true });
  const page = await context.newPage();
  const w = watch(page);
  await openKiosk(page, 'lang=ko&dwell=600&idle=600');
  expect(await page.evaluate(() => navigator.language)).toBe('en-GB');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.locator('.kiosk > nav.controls > .hint')).toHaveText('화면을 눌러 살펴보세요');
  const steps = record.tours![0]!.steps.length;
  await expect(page.locator('.kiosk .count')).toHaveText(`${steps}단계 중 1단계`);
  for (const name of ['지도', '연표', '원문']) await expect(page.getByRole('region', { name, exact: true })).toHaveCount(1);
  await expect(page.locator('.kiosk .step h2')).toHaveText(record.tours![0]!.steps[0]!.title);
  // the address chose for this exhibit only: the visitor's own preference is untouched
  expect(await page.evaluate(() => localStorage.getItem('record-explorer:locale'))).toBeNull();
  await page.waitForTimeout(1_500); // the map's flight to the first step ends
  await page.screenshot({ path: 'tests/screenshots/kiosk-ko-1080.png', animations: 'disabled' });
  // a visitor takes over: still Korean, still nothing saved
  await page.locator('.kiosk .bar h1').tap();
  await expect(page.getByRole('button', { name: '다음 ›' })).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('record-explorer:locale'))).toBeNull();
  expect(w.errors).toEqual([]);
  expect(w.external).toEqual([]);
  await context.close();
});

test('?lang= wins over the saved choice without changing it; a language we lack is ignored', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'UTC' });
  await context.addInitScript(() => {
    if (!localStorage.getItem('record-explorer:locale')) localStorage.setItem('record-explorer:locale', 'zh-Hans');
  });
  const page = await context.newPage();
  const w = watch(page);
  await page.goto('/?embed=1&lang=ko#place=pyongyang');
  await expect(page.locator('.embed .reader .paragraph')).toHaveCount(record.paragraphs.length, { timeout: 20_000 });
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.getByRole('link', { name: /전체 보기로 열기/ })).toHaveAttribute('href', /[?&]lang=ko(&|#)/);
  expect(await page.evaluate(() => localStorage.getItem('record-explorer:locale'))).toBe('zh-Hans');
  // French is not one of ours: the saved choice decides, as without lang=
  await page.goto('/?embed=1&lang=fr#place=pyongyang');
  await expect(page.locator('.embed .reader .paragraph')).toHaveCount(record.paragraphs.length, { timeout: 20_000 });
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await expect(page.getByRole('link', { name: /打开完整视图/ })).toBeVisible();
  expect(w.errors).toEqual([]);
  await context.close();
});

test('the full explorer opened with ?lang=ko: the switcher\'s choice replaces it, and a reload keeps the choice', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'UTC' });
  const page = await context.newPage();
  await page.goto('/?lang=ko#place=pyongyang');
  await expect(page.locator('.reader .paragraph')).toHaveCount(record.paragraphs.length);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.getByLabel('언어', { exact: true })).toHaveValue('ko');
  expect(await page.evaluate(() => localStorage.getItem('record-explorer:locale'))).toBeNull();
  await page.getByLabel('언어', { exact: true }).selectOption('zh-Hans');
  await expect(page.getByRole('tab', { name: '地点', exact: true })).toBeVisible();
  expect(new URL(page.url()).search).toBe('');
  expect(new URL(page.url()).hash).toBe('#place=pyongyang');
  await page.reload();
  await expect(page.locator('.reader .paragraph')).toHaveCount(record.paragraphs.length);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await context.close();
});

test('the Embed dialog offers the embed\'s language: Korean writes lang=ko and names the frame in Korean', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'UTC', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const w = watch(page);
  await openApp(page, '#place=pyongyang');
  await page.getByRole('button', { name: 'Embed', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this view' });
  await expect(dialog).toBeVisible();
  const group = dialog.getByRole('group', { name: 'Language' });
  // by default the interface's language
  await expect(group.getByRole('radio', { name: 'English' })).toBeChecked();
  const code = dialog.getByLabel('Paste this into your page');
  await expect(code).toHaveValue(/[?&]embed=1&amp;lang=en#place=pyongyang"/);
  await group.getByRole('radio', { name: '한국어' }).check();
  await expect(code).toHaveValue(/lang=ko/);
  // named in Korean once Korean's words have loaded, the views listed the Korean way
  await expect.poll(() => code.inputValue()).toContain(`title="${record.title}: 지도, 연표 및 원문"`);
  const snippet = await code.inputValue();
  expect(snippet).toContain('?embed=1&amp;lang=ko#place=pyongyang');
  expect(snippet).not.toContain('lang=en');
  // the interface itself stays English, and nothing is saved
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(await page.evaluate(() => localStorage.getItem('record-explorer:locale'))).toBeNull();
  await dialog.screenshot({ path: 'tests/screenshots/i18n-embed-dialog-ko.png', animations: 'disabled' });
  // each visitor's browser: no lang= at all
  await group.getByRole('radio', { name: /visitor/ }).check();
  await expect(code).not.toHaveValue(/lang=/);
  await expect.poll(() => code.inputValue()).toContain(`title="${record.title}: map, timeline, text"`);
  await group.getByRole('radio', { name: '한국어' }).check();
  await dialog.getByRole('button', { name: 'Close' }).click();

  // the snippet's address opens in Korean
  const src = /src="([^"]+)"/.exec(snippet)![1]!.replaceAll('&amp;', '&');
  await page.goto(src);
  await expect(page.locator('.embed .reader .paragraph')).toHaveCount(record.paragraphs.length, { timeout: 20_000 });
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  for (const name of ['지도', '연표', '원문']) await expect(page.getByRole('region', { name, exact: true })).toHaveCount(1);
  expect(w.errors).toEqual([]);
  expect(w.external).toEqual([]);
  await context.close();
});

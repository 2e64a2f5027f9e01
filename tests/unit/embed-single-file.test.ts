/** The single offline file's helpers: JSON as readable data: URLs, and a policy that hashes its scripts. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineScriptHashes, jsonDataUrl, singleFilePolicy, withPolicy } from '../../scripts/single-file-plugins.ts';

describe('jsonDataUrl', () => {
  const tricky = { text: 'Kim said “100% #1” — 金日成, 김일성', tab: 'a\tb\nc', q: 'a?b&c=d', nested: [1, { x: null }] };
  it('fetches back as the same JSON, whatever the text holds (%, #, ?, quotes, CJK, tabs)', async () => {
    const url = jsonDataUrl(JSON.stringify(tricky, null, 2));
    expect(url.startsWith('data:application/json;charset=utf-8,{')).toBe(true);
    expect(url).not.toMatch(/[#\n\t]/);
    expect(await (await fetch(url)).json()).toEqual(tricky);
  });
  it('is about the size of the compact JSON, not a third larger as base64 would be', () => {
    const json = JSON.stringify({ arcs: Array.from({ length: 500 }, (_, i) => [i, -i]) });
    expect(jsonDataUrl(json).length).toBeLessThan(json.length + 40);
  });
});

describe('the single file policy', () => {
  const html = `<head><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'" />
<script type="module" crossorigin>console.log("a")</script><script src="x.js"></script><script>b()</script></head>`;
  const sha = (s: string) => createHash('sha256').update(s).digest('base64');

  it('hashes every inline script, and no script with a src', () => {
    expect(inlineScriptHashes(html)).toEqual([sha('console.log("a")'), sha('b()')]);
  });
  it('replaces the page policy with one that allows exactly those scripts and no network', () => {
    const out = withPolicy(html);
    expect(out).toContain(`content="${singleFilePolicy([sha('console.log("a")'), sha('b()')])}"`);
    expect(out).toContain(`script-src 'sha256-${sha('console.log("a")')}' 'sha256-${sha('b()')}';`);
    expect(out).toContain("default-src 'none'");
    expect(out).toContain('connect-src data:');
    expect(out).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline|'self'/);
  });
  it('refuses a page without a policy to replace', () => {
    expect(() => withPolicy('<head></head>')).toThrow(/no Content-Security-Policy/);
  });
});

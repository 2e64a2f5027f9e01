import { JSDOM } from 'jsdom';
import type { XmlParse } from '../../src/lib/io/import-tei.ts';

/** jsdom's DOMParser stands in for the browser's in Node tests. */
const { window } = new JSDOM('');
export const parseXml: XmlParse = (text) => new window.DOMParser().parseFromString(text, 'application/xml');

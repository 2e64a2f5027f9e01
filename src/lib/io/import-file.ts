/**
 * One entry point for every format: the format is told by the file's extension, then by a look at
 * its content. Formats without text of their own (GeoJSON, Linked Places, Web Annotations, and
 * CSV when asked to) need the record already loaded (`base`), and return a new record: the
 * loaded one is never changed.
 */
import type { ArchivalRecord } from '../model/types.ts';
import { validateRecord } from '../model/validate.ts';
import { importCsv } from './csv.ts';
import { importGeoJson, mergePlaces } from './geojson.ts';
import { guard, problem, type RecordImport } from './import-result.ts';
import { importRecordJson } from './import-record-json.ts';
import { importTei, type XmlParse } from './import-tei.ts';
import { importText, type RecordMeta } from './import-text.ts';
import { importLinkedPlaces } from './linked-places.ts';
import { importWebAnnotations } from './web-annotation.ts';

export type ImportFormat = 'record' | 'text' | 'markdown' | 'tei' | 'csv' | 'geojson' | 'lpf' | 'annotations';

export const FORMAT_NAMES: Record<ImportFormat, string> = {
  record: 'record JSON',
  text: 'plain text',
  markdown: 'Markdown',
  tei: 'TEI P5 XML',
  csv: 'CSV (TimelineJS-like)',
  geojson: 'GeoJSON',
  lpf: 'Linked Places Format',
  annotations: 'W3C Web Annotations',
};

export interface ImportOptions {
  /** the XML parser (the browser's DOMParser in the app; jsdom's in Node) */
  parseXml?: XmlParse;
  /** the record already loaded, which place, annotation and CSV files add to */
  base?: ArchivalRecord;
  meta?: RecordMeta;
  /** force a format instead of guessing it */
  format?: ImportFormat;
}

export function detectFormat(file: string, text: string): ImportFormat {
  const ext = /\.([a-z0-9]+)$/i.exec(file)?.[1]?.toLowerCase() ?? '';
  if (ext === 'md' || ext === 'markdown') return 'markdown';
  if (ext === 'xml' || ext === 'tei') return 'tei';
  if (ext === 'csv' || ext === 'tsv') return 'csv';
  if (ext === 'txt') return 'text';
  const head = text.replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('<')) return 'tei';
  if (head.startsWith('{') || head.startsWith('[') || ext === 'json' || ext === 'geojson' || ext === 'jsonld') {
    if (ext === 'geojson') return 'geojson';
    const probe = head.slice(0, 4000);
    if (/"type"\s*:\s*"(?:Annotation|AnnotationPage|AnnotationCollection)"/.test(probe) || /anno\.jsonld/.test(probe)) return 'annotations';
    if (/linkedplaces|linked-places/i.test(probe)) return 'lpf';
    if (/"type"\s*:\s*"FeatureCollection"/.test(probe)) return 'geojson';
    return 'record';
  }
  return 'text';
}

export function importFile(file: string, text: string, opts: ImportOptions = {}): RecordImport & { format?: ImportFormat } {
  const format = opts.format ?? detectFormat(file, text);
  const result = guard(file, (): RecordImport => {
    const needBase = () =>
      problem(file, '(file)', `is ${FORMAT_NAMES[format]}, which holds no record text; load or import a record first, then add this file to it`);
    switch (format) {
      case 'record':
        return importRecordJson(text, file);
      case 'text':
      case 'markdown':
        return importText(text, file, { format, ...(opts.meta ? { meta: opts.meta } : {}) });
      case 'tei':
        if (!opts.parseXml) return problem(file, '(file)', 'is XML, but no XML parser was given to read it');
        return importTei(text, file, opts.parseXml);
      case 'csv':
        return importCsv(text, file, { ...(opts.base ? { base: opts.base } : {}), ...(opts.meta ? { meta: opts.meta } : {}) });
      case 'geojson':
      case 'lpf': {
        if (!opts.base) return needBase();
        const layer = format === 'geojson' ? importGeoJson(text, file) : importLinkedPlaces(text, file);
        if (!layer.ok) return layer;
        const checked = validateRecord(mergePlaces(opts.base, layer.value), file);
        return checked.ok ? { ok: true, value: checked.record, notes: layer.notes } : checked;
      }
      case 'annotations':
        if (!opts.base) return needBase();
        return importWebAnnotations(text, file, opts.base);
    }
  });
  return { ...result, format };
}


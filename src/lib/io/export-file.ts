/** Every export format: its name, file name and media type, and the text it writes. */
import type { ArchivalRecord } from '../model/types.ts';
import { exportCsv } from './csv.ts';
import { exportGeoJson } from './geojson.ts';
import { exportLinkedPlaces } from './linked-places.ts';
import { exportTei } from './export-tei.ts';
import { exportWebAnnotations } from './web-annotation.ts';

export type ExportFormat = 'record' | 'geojson' | 'lpf' | 'csv' | 'tei' | 'annotations';

export interface ExportSpec {
  label: string;
  /** file name for a record id */
  fileName: (id: string) => string;
  mime: string;
  write: (record: ArchivalRecord) => string;
}

/** The record file's exact text: 2-space JSON and a final newline (as scripts write it). */
export function exportRecordJson(record: ArchivalRecord): string {
  return JSON.stringify(record, null, 2) + '\n';
}

export const EXPORTS: Record<ExportFormat, ExportSpec> = {
  record: { label: 'Record JSON', fileName: (id) => `${id}.record.json`, mime: 'application/json', write: exportRecordJson },
  geojson: { label: 'GeoJSON (places)', fileName: (id) => `${id}.places.geojson`, mime: 'application/geo+json', write: exportGeoJson },
  lpf: { label: 'Linked Places Format', fileName: (id) => `${id}.lpf.jsonld`, mime: 'application/ld+json', write: (r) => exportLinkedPlaces(r) },
  csv: { label: 'CSV (events)', fileName: (id) => `${id}.events.csv`, mime: 'text/csv', write: exportCsv },
  tei: { label: 'TEI P5 XML', fileName: (id) => `${id}.tei.xml`, mime: 'application/tei+xml', write: exportTei },
  annotations: { label: 'Web Annotations (mentions)', fileName: (id) => `${id}.annotations.jsonld`, mime: 'application/ld+json', write: (r) => exportWebAnnotations(r) },
};

// `edtf` ships no types; this is the part of its API the app uses.
declare module 'edtf' {
  export interface ParsedEdtf {
    type: string;
    level: number;
    values: Array<number | ParsedEdtf | null>;
    approximate?: boolean | number;
    uncertain?: boolean | number;
    unspecified?: number;
  }
  export function parse(input: string, constraints?: { level?: 0 | 1 | 2; types?: string[] }): ParsedEdtf;
  interface EdtfValue {
    type: string;
    min: number;
    max: number;
  }
  export default function edtf(input: string, constraints?: { level?: 0 | 1 | 2 }): EdtfValue;
}

/**
 * The part of jsdom the ingest script and the io tests use (its DOMParser, for TEI): jsdom ships
 * no types of its own, and @types/jsdom tracks a newer jsdom than the one Node 20 can run.
 */
declare module 'jsdom' {
  export class JSDOM {
    constructor(html?: string);
    readonly window: { DOMParser: typeof DOMParser };
  }
}

/**
 * The little of `@ach/ach` (an independent NACHA parser, a devDependency) that the cross-check
 * test uses: its line parser, fed one line at a time, emits the parsed file on the file control.
 */
declare module "@ach/ach" {
  interface AchLibraryControl {
    readonly entryAndAddendaCount: number;
    readonly entryHash: number;
    readonly totalDebit: number;
    readonly totalCredit: number;
  }
  interface AchLibraryFile {
    readonly file: {
      readonly footer: AchLibraryControl & { readonly batchCount: number; readonly blockCount: number };
    };
    readonly batches: ReadonlyArray<{
      readonly entryClassCode: string;
      readonly footer: AchLibraryControl;
      readonly entries: ReadonlyArray<{
        readonly transactionCode: string;
        readonly receivingDFIIdentification: number;
        readonly amount: number;
        readonly traceNumber: number;
        readonly addenda?: { readonly info: string };
      }>;
    }>;
  }
  interface AchLineParser {
    on(event: "data", listener: (parsed: AchLibraryFile) => void): void;
    write(line: { readonly string: string }): boolean;
    end(): void;
  }
  export default function ach(): { getParser(format: "ach"): AchLineParser };
}

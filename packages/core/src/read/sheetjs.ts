// The parts of SheetJS the reader uses, in a module of their own so that it can be loaded the first
// time a workbook is read (see excel-reader.ts) and bundlers keep only these parts of the library.
export { read, SSF } from '@e965/xlsx';

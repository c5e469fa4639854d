// Adds up the uncompressed sizes a zip archive (an .xlsx workbook) declares in its central directory,
// so a workbook built to expand to gigabytes can be refused before anything is inflated.

const EOCD = 0x06054b50;
const CENTRAL_ENTRY = 0x02014b50;

/** True when the bytes start like a zip archive ("PK\x03\x04"), as .xlsx, .xlsm and .ods do. */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Declared total uncompressed size, or undefined when the directory cannot be read (or is zip64). */
export function zipInflatedSize(bytes: Uint8Array): number | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const last = bytes.length - 22;
  // The end-of-directory record sits in the last 22 bytes plus a comment of at most 65,535 bytes.
  let eocd = -1;
  for (let p = last; p >= 0 && p >= last - 65_535; p--) {
    if (view.getUint32(p, true) === EOCD) {
      eocd = p;
      break;
    }
  }
  if (eocd < 0) return undefined;
  const entries = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  let total = 0;
  for (let i = 0; i < entries; i++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== CENTRAL_ENTRY) return undefined;
    const size = view.getUint32(p + 24, true);
    if (size === 0xffffffff) return undefined;
    total += size;
    p += 46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return total;
}

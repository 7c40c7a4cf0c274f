/**
 * Bytes to text by their byte-order mark. AD FS exports written by Windows PowerShell 5.1
 * (`Out-File`, `>`) are UTF-16LE with a BOM; everything else is UTF-8, with or without one.
 */
export function decodeText(input: string | Uint8Array): string {
  if (typeof input === 'string') return input.replace(/^\uFEFF/, '');
  if (input.length >= 2 && input[0] === 0xff && input[1] === 0xfe) {
    return new TextDecoder('utf-16le').decode(input.subarray(2));
  }
  if (input.length >= 2 && input[0] === 0xfe && input[1] === 0xff) {
    return new TextDecoder('utf-16be').decode(input.subarray(2));
  }
  const start = input.length >= 3 && input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf ? 3 : 0;
  return new TextDecoder('utf-8').decode(input.subarray(start));
}

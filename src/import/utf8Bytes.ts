/** UTF-8 as bytes: where ASCII ends, whether the bytes are well-formed, and bytes read a character each. */

// Bytes made into text in one call; longer runs a chunk of arguments at a time.
const ARGUMENTS_PER_CALL = 0x2000;

/** Index of the first byte past ASCII, or -1 when every byte is ASCII. */
export function firstNonAscii(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] > 0x7f) return i;
  return -1;
}

const isContinuation = (byte: number) => (byte & 0xc0) === 0x80;

/**
 * True when the bytes from `from` on are well-formed UTF-8, as a fatal TextDecoder accepts them (no
 * overlong forms, no surrogates, nothing past U+10FFFF), checked without making the text: on a
 * large file the decoded text would be tens of megabytes made only to be thrown away.
 */
export function isUtf8From(bytes: Uint8Array, from: number): boolean {
  let i = from;
  while (i < bytes.length) {
    const lead = bytes[i];
    if (lead < 0x80) {
      i++;
      continue;
    }
    // The second byte's range depends on the lead (Unicode's table of well-formed byte sequences).
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead === 0xe0) low = 0xa0;
      else if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead === 0xf0) low = 0x90;
      else if (lead === 0xf4) high = 0x8f;
    } else return false;
    if (i + length > bytes.length || bytes[i + 1] < low || bytes[i + 1] > high) return false;
    for (let k = 2; k < length; k++) if (!isContinuation(bytes[i + k])) return false;
    i += length;
  }
  return true;
}

/** Each byte as the character of that code (Latin-1), in calls of a bounded number of arguments. */
export function byteText(bytes: Uint8Array): string {
  if (bytes.length <= ARGUMENTS_PER_CALL) return String.fromCharCode.apply(null, bytes as unknown as number[]);
  const parts: string[] = [];
  for (let at = 0; at < bytes.length; at += ARGUMENTS_PER_CALL) parts.push(String.fromCharCode.apply(null, bytes.subarray(at, at + ARGUMENTS_PER_CALL) as unknown as number[]));
  return parts.join("");
}


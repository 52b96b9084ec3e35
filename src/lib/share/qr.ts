/**
 * QR codes made at build time (no request to any service), as the smallest image that holds one:
 * a one-bit PNG, one pixel per module with a quiet zone of two (about 0.3 KB where the SVG path
 * was 2 KB), a file of its own (/qr/<edition>/<id>.png), so that a phone, which does not show it,
 * does not load it. Scaled up by CSS with `image-rendering: pixelated`, so its modules stay sharp.
 */
import { crc32, deflateSync } from 'node:zlib';
import QRCode from 'qrcode';

const MARGIN = 2;

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/** A one-bit greyscale PNG of a square of `size` pixels; `dark(x, y)` paints a pixel black. */
export function bitmapPng(size: number, dark: (x: number, y: number) => boolean): Buffer {
  const stride = Math.ceil(size / 8);
  const raw = Buffer.alloc((stride + 1) * size);
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++)
      // A row starts with its filter byte (0); a set bit is white.
      if (!dark(x, y)) raw[y * (stride + 1) + 1 + (x >> 3)]! |= 0x80 >> (x & 7);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([1, 0, 0, 0, 0], 8); // bit depth 1, greyscale, deflate, no filter, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The QR code of `text` (error correction M) as a PNG. */
export function qrPng(text: string): Buffer {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const size = modules.size + 2 * MARGIN;
  const inside = (v: number) => v >= MARGIN && v < MARGIN + modules.size;
  return bitmapPng(
    size,
    (x, y) => inside(x) && inside(y) && modules.get(y - MARGIN, x - MARGIN) === 1,
  );
}

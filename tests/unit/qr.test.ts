/** The QR code of a provision page (share/qr.ts): a PNG that decodes to the URL it was made for. */
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { qrPng } from '../../src/lib/share/qr.ts';

/** The image as a reader's camera would see it: each module 8 pixels wide. */
function decode(file: Buffer): string | undefined {
  const png = PNG.sync.read(file);
  const scale = 8;
  const size = png.width * scale;
  const rgba = new Uint8ClampedArray(size * size * 4);
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const from = (Math.floor(y / scale) * png.width + Math.floor(x / scale)) * 4;
      rgba.set(png.data.subarray(from, from + 4), (y * size + x) * 4);
    }
  return jsQR(rgba, size, size)?.data;
}

describe('qrPng', () => {
  for (const url of [
    'https://shenyang-ai-plan.example/en/tasks/7/',
    'https://example.org/base/zh-hant/implementation/4/',
  ])
    it(`decodes to ${url}`, () => {
      const data = qrPng(url);
      expect(data.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect(data.length).toBeLessThan(450);
      expect(decode(data)).toBe(url);
    });
});

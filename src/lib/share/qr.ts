/** QR codes as SVG, made at build time: no request to any service. */
import QRCode from 'qrcode';

export async function qrSvg(text: string): Promise<string> {
  const svg = await QRCode.toString(text, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 2,
    color: { dark: '#000000', light: '#ffffff' },
  });
  // Sized by CSS; hidden from assistive technology (the figure carries the label).
  return svg.replace('<svg ', '<svg aria-hidden="true" focusable="false" class="h-full w-full" ');
}

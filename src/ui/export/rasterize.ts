/** The composed chart SVG as a PNG (the browser's own canvas, at 2×) and on the clipboard. */
import type { ChartImage } from './chartImage';

/** PNG pixels per SVG pixel: sharp on a slide or a high-density screen. */
export const PNG_SCALE = 2;

/** The SVG drawn by the browser's canvas at PNG_SCALE, on white. */
export async function svgToPng(image: ChartImage): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([image.svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width * PNG_SCALE;
    canvas.height = image.height * PNG_SCALE;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no canvas');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no PNG'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Whether this browser can put an image on the clipboard. */
export function canCopyImage(): boolean {
  return (
    typeof ClipboardItem === 'function' &&
    typeof navigator.clipboard === 'object' &&
    typeof navigator.clipboard.write === 'function'
  );
}

/** Puts the PNG on the clipboard (the promise is handed over at once, keeping the click's permission). */
export async function copyPng(png: Promise<Blob>): Promise<void> {
  await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
}

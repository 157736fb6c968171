/**
 * A QR code drawn as SVG (sharp at any print size), made in the browser by uqr: nothing is sent
 * anywhere. Medium error correction, so a creased or smudged worksheet still scans.
 */
import { encode } from 'uqr';

/** The dark modules as one SVG path, one unit square per module (quiet zone included). */
export function qrPath(text: string): { size: number; d: string } {
  const { data, size } = encode(text, { ecc: 'M', border: 4 });
  const d = data.flatMap((row, y) => row.flatMap((dark, x) => (dark ? [`M${x} ${y}h1v1h-1z`] : []))).join('');
  return { size, d };
}

export function QrCode({ text, label, className }: { text: string; label: string; className?: string }) {
  const { size, d } = qrPath(text);
  return (
    <svg
      className={className}
      viewBox={`0 0 ${size} ${size}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}

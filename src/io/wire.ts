/**
 * Exact values across a Web Worker boundary: structured clone drops a Dec's class, so Decs travel
 * as `{ $dec: "decimal string" }` and are rebuilt on the other side. Pure and lossless.
 */
import { Dec } from '../core';

type WireDec = { readonly $dec: string };

function isWireDec(value: unknown): value is WireDec {
  return (
    typeof value === 'object' && value !== null && typeof (value as { $dec?: unknown }).$dec === 'string'
  );
}

/** Replaces every Dec in a plain data structure (objects, arrays) by its decimal string form. */
export function toWire(value: unknown): unknown {
  if (value instanceof Dec) return { $dec: value.toString() };
  if (Array.isArray(value)) return value.map(toWire);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toWire(v)]));
  }
  return value;
}

/** The inverse of toWire. The caller states the type it expects back. */
export function fromWire<T>(value: unknown): T {
  const walk = (v: unknown): unknown => {
    if (isWireDec(v)) return new Dec(v.$dec);
    if (Array.isArray(v)) return v.map(walk);
    if (typeof v === 'object' && v !== null)
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(value) as T;
}

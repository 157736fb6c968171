/**
 * The width of an element in CSS pixels, kept current by a ResizeObserver; 640 until it is measured
 * (the drawing scales to its box meanwhile, as its viewBox is that width).
 */
import { useLayoutEffect, useRef, useState } from 'react';

const UNMEASURED_PX = 640;

export function useElementWidth<T extends HTMLElement>(): {
  ref: React.RefObject<T | null>;
  width: number;
} {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(UNMEASURED_PX);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const measure = (px: number) => {
      if (px > 0) setWidth(Math.round(px));
    };
    measure(element.getBoundingClientRect().width);
    const observer = new ResizeObserver((entries) => {
      for (const entry of entries) measure(entry.contentRect.width);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}

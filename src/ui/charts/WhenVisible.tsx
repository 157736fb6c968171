/**
 * Draws a chart with the props it was last given while on screen (or near it). Charts scrolled out
 * of view skip their redraw while a slider moves, and catch up as soon as they come into view.
 * Without IntersectionObserver (jsdom, old browsers) everything is always drawn.
 */
import { memo, useEffect, useRef, useState, type ComponentType } from 'react';

function useOnScreen(ref: React.RefObject<HTMLElement | null>): boolean {
  const [onScreen, setOnScreen] = useState(true);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof IntersectionObserver === 'undefined') return undefined;
    const observer = new IntersectionObserver(
      (entries) => setOnScreen(entries.some((e) => e.isIntersecting)),
      {
        rootMargin: '0px',
      },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return onScreen;
}

/** Wraps a chart component so that it redraws only while visible. */
export function whenVisible<P extends object>(Chart: ComponentType<P>): ComponentType<P> {
  const Memo = memo(Chart);
  function Visible(props: P) {
    const ref = useRef<HTMLDivElement>(null);
    const onScreen = useOnScreen(ref);
    const shown = useRef(props);
    if (onScreen) shown.current = props;
    return (
      <div ref={ref}>
        <Memo {...shown.current} />
      </div>
    );
  }
  Visible.displayName = `WhenVisible(${Chart.displayName ?? Chart.name})`;
  return Visible;
}

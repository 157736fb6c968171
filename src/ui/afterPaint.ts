/**
 * Work that must follow an edit but need not delay its drawing (the address bar): it runs just after
 * the next frame is painted, once however many edits came in that frame. Pending work also runs
 * when the page is hidden or left, so nothing waits on a frame that never comes.
 */
export function afterPaint(work: () => void): {
  schedule: () => void;
  flush: () => void;
  cancel: () => void;
} {
  let frame: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cancel = () => {
    if (frame !== undefined) cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
    frame = timer = undefined;
  };
  const flush = () => {
    if (frame === undefined && timer === undefined) return;
    cancel();
    work();
  };
  const schedule = () => {
    if (frame !== undefined || timer !== undefined) return;
    // A timeout set in a frame callback runs after that frame is painted.
    frame = requestAnimationFrame(() => {
      frame = undefined;
      timer = setTimeout(flush, 0);
    });
  };
  return { schedule, flush, cancel };
}

/**
 * Printing a worksheet or an answer key. An exercise page is always ready to print its worksheet:
 * the print-only section is in the page and <body> carries the class the print stylesheet reads,
 * so the browser's own print (Ctrl+P, the menu) prints the worksheet, every time. A print button
 * switches the layout (the key, or the worksheet) and opens the print dialog; when the browser
 * says printing is over, the layout is the worksheet again.
 */
import { useCallback, useEffect, useState } from 'react';

export type PrintMode = 'worksheet' | 'key';

/** What Ctrl+P prints on an exercise page, and what the page returns to after any printing. */
const DEFAULT_MODE: PrintMode = 'worksheet';

/** Set on <body> while an exercise page is shown; styles.css hides the rest of the page in print. */
const PRINT_BODY_CLASS = 'printing-exercise';

export function usePrint(): { mode: PrintMode; print: (mode: PrintMode) => void } {
  const [mode, setMode] = useState<PrintMode>(DEFAULT_MODE);
  const [requests, setRequests] = useState(0);

  useEffect(() => {
    document.body.classList.add(PRINT_BODY_CLASS);
    return () => document.body.classList.remove(PRINT_BODY_CLASS);
  }, []);

  // After the layout asked for is in the page (effects run in order, after the render that shows it).
  useEffect(() => {
    if (requests > 0) window.print();
  }, [requests]);

  useEffect(() => {
    const done = () => setMode(DEFAULT_MODE);
    window.addEventListener('afterprint', done);
    return () => window.removeEventListener('afterprint', done);
  }, []);

  const print = useCallback((next: PrintMode) => {
    setMode(next);
    setRequests((n) => n + 1);
  }, []);
  return { mode, print };
}

/**
 * Printing a worksheet or an answer key: the page switches into that print layout (a print-only
 * section, and a body class the print stylesheet reads), then opens the browser's print dialog.
 * The layout is dropped when the browser says printing is over.
 */
import { useCallback, useEffect, useState } from 'react';

export type PrintMode = 'worksheet' | 'key';

/** Set on <body> while a print layout is chosen; styles.css hides the rest of the page in print. */
const PRINT_BODY_CLASS = 'printing-exercise';

export function usePrint(): { mode: PrintMode | null; print: (mode: PrintMode) => void } {
  const [mode, setMode] = useState<PrintMode | null>(null);
  const [requests, setRequests] = useState(0);

  useEffect(() => {
    if (mode === null) return undefined;
    document.body.classList.add(PRINT_BODY_CLASS);
    return () => document.body.classList.remove(PRINT_BODY_CLASS);
  }, [mode]);

  // After the layout above is in the page (effects run in order, after the render that shows it).
  useEffect(() => {
    if (requests > 0) window.print();
  }, [requests]);

  useEffect(() => {
    const done = () => setMode(null);
    window.addEventListener('afterprint', done);
    return () => window.removeEventListener('afterprint', done);
  }, []);

  const print = useCallback((next: PrintMode) => {
    setMode(next);
    setRequests((n) => n + 1);
  }, []);
  return { mode, print };
}

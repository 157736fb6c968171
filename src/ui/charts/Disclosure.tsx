/**
 * A chart's disclosure (its download menu, its embed code): a button that shows and hides a labelled
 * group under the chart's heading. Escape in the group closes it and returns focus to the button.
 */
import { useId, useRef, type ReactNode } from 'react';

export interface DisclosureProps {
  /** The class of the whole; the button is `<name>-toggle`, the group `panelClass`. */
  readonly name: string;
  readonly panelClass: string;
  /** The accessible name of the button and of the group. */
  readonly label: string;
  readonly button: ReactNode;
  readonly open: boolean;
  readonly onToggle: () => void;
  readonly onClose: () => void;
  readonly children: ReactNode;
}

export function Disclosure(props: DisclosureProps) {
  const { name, panelClass, label, button, open, onToggle, onClose, children } = props;
  const panelId = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  return (
    <div className={`${name} no-print`}>
      <button
        ref={toggle}
        type="button"
        className={`${name}-toggle`}
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={label}
        onClick={onToggle}
      >
        {button}
      </button>
      <div
        id={panelId}
        className={panelClass}
        role="group"
        aria-label={label}
        hidden={!open}
        onKeyDown={(e) => {
          if (e.key !== 'Escape') return;
          onClose();
          toggle.current?.focus();
        }}
      >
        {children}
      </div>
    </div>
  );
}

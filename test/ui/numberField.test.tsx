// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Lang } from '../../src/i18n';
import { createAppStore, getAppStore, replaceAppStore } from '../../src/state';
import { NumberField, type NumberFieldProps } from '../../src/ui/inputs/NumberField';
import { MemoryStorage } from '../support/memoryStorage';

const FIELDS = {
  amount: { label: 'Amount', unit: 'US$ billions', value: '175', min: 0, max: 4000, step: 0.1 },
  years: { label: 'Years', unit: 'years', value: '3', min: 1, max: 50, step: 1 },
  startYear: { label: 'Start year', unit: '', value: '2026', min: 2000, max: 2100, step: 1, year: true },
  seed: { label: 'Seed', unit: '', value: '1', min: 0, max: 4294967295, step: 1 },
} satisfies Record<string, Omit<NumberFieldProps, 'onChange'>>;

/** A field alone on the page in `lang`; returns its textbox and the spy that receives stored values. */
function field(props: Omit<NumberFieldProps, 'onChange'>, lang: Lang = 'en') {
  replaceAppStore(createAppStore(() => new MemoryStorage()));
  act(() => getAppStore().getState().setLang(lang));
  const onChange = vi.fn<(value: string) => void>();
  render(<NumberField {...props} onChange={onChange} />);
  return { box: screen.getByRole('textbox', { name: props.label }), onChange };
}

async function typeIn(box: HTMLElement, text: string) {
  const user = userEvent.setup();
  await user.clear(box);
  await user.type(box, `${text}{Enter}`);
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('NumberField reads typed numbers the page’s one way', () => {
  it('English: "1,200" is twelve hundred, never 1.2', async () => {
    const { box, onChange } = field(FIELDS.amount);
    await typeIn(box, '1,200');
    expect(onChange).toHaveBeenCalledWith('1200');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('English: "1,2" is refused, saying to use a point for decimals', async () => {
    const { box, onChange } = field(FIELDS.amount);
    await typeIn(box, '1,2');
    expect(onChange).not.toHaveBeenCalled();
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Amount: Use a point for decimals, such as 1.2, and a comma or a space between thousands, such as 1,200.',
    );
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(box).toHaveValue('1,2');
  });

  it('French: "1 200" is twelve hundred and "1,2" is 1.2', async () => {
    const { box, onChange } = field(FIELDS.amount, 'fr');
    await typeIn(box, '1 200');
    expect(onChange).toHaveBeenLastCalledWith('1200');
    await typeIn(box, '1,2');
    expect(onChange).toHaveBeenLastCalledWith('1.2');
  });

  it('French: "1.200" is refused as ambiguous, with both readings written the French way', async () => {
    const { box, onChange } = field(FIELDS.amount, 'fr');
    await typeIn(box, '1.200');
    expect(onChange).not.toHaveBeenCalled();
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Amount : Ce nombre peut se lire 1 200 ou 1,2 : tapez celui que vous voulez dire, tel qu’écrit ici.',
      { normalizeWhitespace: true },
    );
  });

  it('a whole-number field never suggests a decimal example', async () => {
    const { box } = field(FIELDS.years);
    await typeIn(box, 'ten');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Years: Type the whole number in digits, such as 20.',
    );
    await typeIn(box, '1,2');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Years: Type a whole number, with a comma or a space between thousands if you like, such as 1,200.',
    );
    await typeIn(box, '2.5');
    expect(screen.getByRole('alert')).toHaveTextContent('Years: Enter a whole number.');
    expect(screen.getByRole('alert').textContent).not.toMatch(/2\.5|2,5/);
  });

  it('a year’s range has no thousands separator, in English and French; other ranges keep theirs', async () => {
    const en = field(FIELDS.startYear);
    await typeIn(en.box, '1999');
    expect(screen.getByRole('alert')).toHaveTextContent('Start year: Enter a value from 2000 to 2100.');
    document.body.innerHTML = '';
    const fr = field(FIELDS.startYear, 'fr');
    await typeIn(fr.box, '2101');
    expect(screen.getByRole('alert').textContent).toContain('Entrez une valeur de 2000 à 2100.');
    document.body.innerHTML = '';
    const seed = field(FIELDS.seed);
    await typeIn(seed.box, '4294967296');
    expect(screen.getByRole('alert')).toHaveTextContent('Seed: Enter a value from 0 to 4,294,967,295.');
  });

  it('the message follows a language switch, read by the new language’s rules', async () => {
    const { box } = field(FIELDS.amount);
    await typeIn(box, '1,2');
    expect(screen.getByRole('alert')).toHaveTextContent(/^Amount: Use a point for decimals/);
    await typeIn(box, 'abc');
    act(() => getAppStore().getState().setLang('fr'));
    expect(screen.getByRole('alert').textContent).toContain('Tapez le nombre en chiffres, par exemple 2,5.');
  });
});

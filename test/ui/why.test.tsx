// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { defaultContext, defaultFx, findEstimate, reconcile } from '../../src/core';
import { createAppStore, getAppStore, replaceAppStore } from '../../src/state';
import { WhyPage } from '../../src/ui/why/WhyPage';
import { MemoryStorage } from '../support/memoryStorage';

const SOURCES = reconcile(defaultFx(), defaultContext())
  .flatMap((r) => r.figureIds)
  .map((id) => findEstimate(id)?.source)
  .filter((s) => s !== undefined);

beforeEach(() => {
  replaceAppStore(createAppStore(() => new MemoryStorage()));
});

describe('the why page’s sources', () => {
  it('link every source that has an address, opening safely in a new tab', () => {
    render(<WhyPage />);
    const urls = SOURCES.flatMap((s) => (s.url ? [s.url] : []));
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) {
      const links = screen.getAllByRole('link', { name: url });
      for (const link of links) {
        expect(link).toHaveAttribute('href', url);
        expect(link).toHaveAttribute('rel', 'noopener noreferrer');
      }
    }
    expect(document.body.textContent).not.toMatch(/, https?:/); // no address left as plain text
  });

  it('say how far each source can be trusted in words, in English and French', () => {
    render(<WhyPage />);
    const first = screen.getAllByRole('list')[0] as HTMLElement;
    const items = within(first).getAllByRole('listitem');
    for (const item of items) {
      expect(item.textContent).toMatch(
        /(High confidence: an official or primary source, or several sources that agree\.|Medium confidence: one reputable secondary source\.)$/,
      );
    }
    expect(screen.getAllByText(/^High confidence:/).length).toBe(
      SOURCES.filter((s) => s.confidence === 'H').length,
    );
    act(() => getAppStore().getState().setLang('fr'));
    expect(screen.getAllByText(/^Fiabilité (élevée|moyenne)\s:/).length).toBe(SOURCES.length);
  });

  it('dates and quotes the French why page in French: no ISO date, no English month, no “…” around a title', () => {
    const { container } = render(<WhyPage />);
    act(() => getAppStore().getState().setLang('fr'));
    const text = container.textContent ?? '';
    const ENGLISH_MONTH =
      /(January|February|March|April|May|June|July|August|September|October|November|December)/;
    expect(text).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
    expect(text).not.toMatch(new RegExp(`\\d ${ENGLISH_MONTH.source} \\d{4}`));
    // Titles sit in « » (an English title may quote inside them with “ ”, as French does).
    expect(text).not.toMatch(/, “[^”]*”, \d/);
    expect(text).toMatch(/«\u00a0/);
  });
});

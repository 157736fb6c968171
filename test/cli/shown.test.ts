import { describe, expect, it } from 'vitest';
import { shownPath, terminalText } from '../../src/cli/shown';

describe('shownPath', () => {
  it('shows a short path as it is', () => {
    expect(shownPath('scenarios/trump-175-gdp.json')).toBe('scenarios/trump-175-gdp.json');
  });

  it('shows the end of a long path, where the file name is, in at most 80 characters', () => {
    const shown = shownPath(`/${'deep/'.repeat(100)}file.json`);
    expect(shown).toBe(`…${`/${'deep/'.repeat(100)}file.json`.slice(-79)}`);
    expect(shown.length).toBe(80);
  });

  it('never cuts an escape in half', () => {
    const shown = shownPath(`/x/${'\u001b'.repeat(100)}file.json`);
    expect(shown).toMatch(/^…(\\u001b)+file\.json$/);
    expect(shown.length).toBeLessThanOrEqual(80);
  });
});

describe('terminalText', () => {
  it('keeps the line breaks it is given and escapes everything else unsafe', () => {
    expect(terminalText('a\u001b[2K\nb\r\u202e')).toBe('a\\u001b[2K\nb\\u000d\\u202e');
  });
});

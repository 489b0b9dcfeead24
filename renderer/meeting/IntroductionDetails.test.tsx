import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { examplePackage } from '../../shared/remiss/examplePackage';
import { renderWithApp } from '../../tests/support/renderWithApp';
import { IntroductionDetails } from './IntroductionDetails';

/** Each term of the list with its lines, as the secretary and the chair read them under the introduction. */
function groups(): [string, string[]][] {
  const list = within(screen.getByRole('region', { name: 'Svarstid, svarsvägar och kontakt' }));
  return list.getAllByRole('term').map((term) => {
    const lines: string[] = [];
    for (let line = term.nextElementSibling; line?.tagName === 'DD'; line = line.nextElementSibling) lines.push(line.textContent ?? '');
    return [term.textContent ?? '', lines];
  });
}

describe('the letter’s details under the meeting’s introduction', () => {
  it('gives the deadline as a date and in the letter’s words, the routes per status, the contact, the support and the plans', () => {
    renderWithApp(<IntroductionDetails pkg={examplePackage} />);
    expect(groups()).toEqual([
      ['Svarstid', ['Sista svarsdag 2020-09-30', 'Ett beslut med en kommentar ska skickas senast efter september månads nämnd.']],
      [
        'Svaret skickas',
        [
          'Ojusterat protokoll: protokollsbilagan (PDF) och svarsfilen (.msvar) till Kommunledningskontoret, camilla.wallinkupferberg@vaggeryd.se',
          'Justerat protokollsbeslut: protokollsbilagan (PDF) och svarsfilen (.msvar) till Kommunstyrelsen, kommunstyrelsen@vaggeryd.se',
        ],
      ],
      ['Kontakt', ['camilla.wallinkupferberg@vaggeryd.se – Bokning och frågor från v.33. Även tillgänglig via mail/tlfn. v.27.']],
      ['Stöd', examplePackage.support],
      ['Planer som målen hänger ihop med', examplePackage.relatedPlans],
    ]);
  });

  it('shows only what the package holds, and nothing at all when it holds none of it', () => {
    const { unmount } = renderWithApp(
      <IntroductionDetails pkg={{ ...examplePackage, deadline: null, routes: [], support: [], relatedPlans: [] }} />,
    );
    expect(groups().map(([term]) => term)).toEqual(['Svarstid', 'Kontakt']);
    unmount();
    const { container } = renderWithApp(
      <IntroductionDetails
        pkg={{ ...examplePackage, deadline: null, deadlineText: '', routes: [], contacts: [], support: [], relatedPlans: [] }}
      />,
    );
    expect(container).toBeEmptyDOMElement();
  });
});

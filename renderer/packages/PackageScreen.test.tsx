import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { examplePackage } from '../../shared/remiss/examplePackage';
import { createTestDatabase, renderWithApp } from '../../tests/support/renderWithApp';
import { useNavigation } from '../navigation/navigation';
import { PackageScreen } from './PackageScreen';

describe('reading a package as the board will see it', () => {
  it('shows the remiss’s facts, texts, scale and every goal with focus areas, Agenda 2030 and questions', async () => {
    renderWithApp(<PackageScreen packageId={examplePackage.id} />);
    expect(await screen.findByRole('heading', { level: 1, name: examplePackage.title })).toBeInTheDocument();
    expect(screen.getByText('Exempel')).toBeInTheDocument();
    expect(screen.getByText('2020-09-30')).toBeInTheDocument();
    expect(screen.getByText('Vision 2030 – ”Här ger vi plats för att göra skillnad”')).toBeInTheDocument();

    const scale = screen.getByRole('region', { name: 'Bedömningsskala' });
    expect(
      within(scale)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(examplePackage.ratingScale.steps.map((step) => `${step.label} – ${step.description}`));
    expect(within(scale).getByText('Ingen bedömning')).toBeInTheDocument();

    const goal = screen.getByRole('region', { name: `Mål 1. ${examplePackage.goals[0]!.title}` });
    expect(within(goal).getByText('Miljö och naturresurser')).toBeInTheDocument();
    // The example names Vaggeryd's focus areas only; it does not invent their success factors.
    expect(within(goal).queryByRole('list', { name: /^Framgångsfaktorer för uppföljning/ })).not.toBeInTheDocument();
    expect(within(goal).getAllByText('Ambitionsnivå')[0]).toHaveClass('question-kind');
    const goal3 = screen.getByRole('region', { name: `Mål 3. ${examplePackage.goals[2]!.title}` });
    expect(within(goal3).getByText('Globalt mål 10: Minskad ojämlikhet')).toBeInTheDocument();
  });

  it('shows what the letter says beyond its goals: the deadline in its words, the routes per status, contact, support and plans', async () => {
    renderWithApp(<PackageScreen packageId={examplePackage.id} />);
    await screen.findByRole('heading', { level: 1, name: examplePackage.title });
    const details = screen.getByRole('region', { name: 'Uppgifter om remissen' });
    expect(within(details).getByText('Svarstid med remissens ord').nextElementSibling).toHaveTextContent(
      'Ett beslut med en kommentar ska skickas senast efter september månads nämnd.',
    );
    const items = (name: string) =>
      within(screen.getByRole('region', { name }))
        .getAllByRole('listitem')
        .map((item) => item.textContent);
    expect(items('Svarsvägar')).toEqual([
      'Ojusterat protokoll: protokollsbilagan (PDF) och svarsfilen (.msvar) till Kommunledningskontoret, camilla.wallinkupferberg@vaggeryd.se',
      'Justerat protokollsbeslut: protokollsbilagan (PDF) och svarsfilen (.msvar) till Kommunstyrelsen, kommunstyrelsen@vaggeryd.se',
    ]);
    expect(items('Kontakt')).toEqual([
      'camilla.wallinkupferberg@vaggeryd.se – Bokning och frågor från v.33. Även tillgänglig via mail/tlfn. v.27.',
    ]);
    expect(items('Stöd')).toEqual(examplePackage.support);
    expect(items('Planer som målen hänger ihop med')).toEqual(examplePackage.relatedPlans);
  });

  it('leaves out a group of the letter’s details that the package leaves empty', async () => {
    const database = createTestDatabase();
    const content = { ...structuredClone(examplePackage), id: 'utan-detaljer', isExample: false };
    Object.assign(content, { deadlineText: '', contacts: [], support: [], relatedPlans: ['Översiktsplanen'] });
    const at = '2020-07-01T00:00:00.000Z';
    await database.packages.add({ id: content.id, content, origin: 'imported', createdAt: at, updatedAt: at });
    renderWithApp(<PackageScreen packageId={content.id} />, database);
    await screen.findByRole('region', { name: 'Planer som målen hänger ihop med' });
    expect(screen.queryByText('Svarstid med remissens ord')).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Kontakt' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Stöd' })).not.toBeInTheDocument();
  });

  it('lists a focus area’s success factors where the package has them', async () => {
    const database = createTestDatabase();
    const content = structuredClone(examplePackage);
    content.id = 'med-framgangsfaktorer';
    content.isExample = false;
    content.goals[0]!.focusAreas[2]!.successFactors = ['Övningar genomförs varje år', 'Planerna för höjd beredskap är aktuella'];
    const at = '2020-07-01T00:00:00.000Z';
    await database.packages.add({ id: content.id, content, origin: 'imported', createdAt: at, updatedAt: at });
    renderWithApp(<PackageScreen packageId={content.id} />, database);
    const goal = await screen.findByRole('region', { name: `Mål 1. ${content.goals[0]!.title}` });
    const factors = within(goal).getByRole('list', { name: 'Framgångsfaktorer för uppföljning: Beredskap mot oönskade händelser' });
    expect(
      within(factors)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(content.goals[0]!.focusAreas[2]!.successFactors);
  });

  it('offers a copy to edit instead of editing the built-in example', async () => {
    const user = userEvent.setup();
    const { database } = renderWithApp(<PackageScreen packageId={examplePackage.id} />);
    expect(screen.queryByRole('link', { name: 'Redigera' })).not.toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Gör en kopia' }));
    await expect.poll(() => database.packages.count()).toBe(2);
    expect(useNavigation.getState().route).toMatchObject({ screen: 'packageEditor' });
  });

  it('says so when the package is not on this computer', async () => {
    renderWithApp(<PackageScreen packageId="finns-inte" />);
    expect(await screen.findByText('Paketet finns inte på den här datorn.')).toBeInTheDocument();
  });
});

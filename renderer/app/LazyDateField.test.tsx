import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '../../tests/support/renderWithApp';
import { LazyDateField } from './LazyDateField';

describe('LazyDateField', () => {
  it('holds the field’s place with its label and a polite status, then becomes the date field with its value', async () => {
    renderWithApp(<LazyDateField label="Datum för sammanträdet" value="2020-09-15" onChange={() => undefined} />);

    // Before the picker's code is there: the label on screen and a status a screen reader says without interrupting.
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('Laddar …');
    expect(screen.getByText('Datum för sammanträdet')).toBeInTheDocument();

    const group = await screen.findByRole('group', { name: 'Datum för sammanträdet' });
    expect(
      within(group)
        .getAllByRole('spinbutton')
        .map((segment) => segment.textContent),
    ).toEqual(['2020', '09', '15']);
    expect(within(group).getByRole('button', { name: /^Visa kalender/ })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText('Laddar …')).not.toBeInTheDocument());
  });
});

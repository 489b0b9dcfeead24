import { readFileSync } from 'node:fs';
import path from 'node:path';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithApp } from '../../tests/support/renderWithApp';
import { LiveRegion } from '../app/LiveRegion';
import { useBodyDraft } from '../stores/bodyDraft';
import { BodiesScreen } from './BodiesScreen';

afterEach(() => useBodyDraft.getState().close());

const png = readFileSync(path.resolve(import.meta.dirname, '../../tests/fixtures/logo.png'));
const fileInput = (form: HTMLElement) => form.querySelector<HTMLInputElement>('input[type="file"]')!;

async function openNewBody() {
  const user = userEvent.setup();
  const rendered = renderWithApp(
    <>
      <BodiesScreen />
      <LiveRegion />
    </>,
  );
  await user.click(await screen.findByRole('button', { name: 'Lägg till nämnd eller styrelse' }));
  const form = screen.getByRole('form', { name: 'Ny nämnd eller styrelse' });
  await user.type(within(form).getByRole('textbox', { name: 'Namn' }), 'Socialnämnden');
  return { user, form, ...rendered };
}

describe('the letterhead logo in the body profile', () => {
  it('is chosen, previewed with the municipality’s logo as its alt text, stored with the profile, and removed', async () => {
    const { user, form, database } = await openNewBody();
    await user.upload(fileInput(form), new File([png], 'logotyp.png', { type: 'image/png' }));

    const alt = await within(form).findByRole('textbox', { name: 'Alternativ text för logotypen' });
    expect(alt).toHaveValue('Vaggeryds kommuns logotyp');
    expect(within(form).getByRole('img', { name: 'Vaggeryds kommuns logotyp' })).toHaveAttribute(
      'src',
      expect.stringMatching(/^data:image\/png;base64,/),
    );
    await user.clear(alt);
    await user.type(alt, 'Socialnämndens logotyp');
    await user.click(within(form).getByRole('button', { name: 'Spara' }));
    await screen.findByRole('heading', { level: 3, name: 'Socialnämnden' });
    const [stored] = await database.bodies.toArray();
    expect(stored!.logo).toMatchObject({ mediaType: 'image/png', width: 240, height: 80, altText: 'Socialnämndens logotyp' });
    expect(Array.from(stored!.logo!.bytes)).toEqual(Array.from(png));

    await user.click(screen.getByRole('button', { name: 'Redigera: Socialnämnden' }));
    const editing = screen.getByRole('form', { name: 'Redigera: Socialnämnden' });
    expect(within(editing).getByRole('img', { name: 'Socialnämndens logotyp' })).toBeInTheDocument();
    await user.click(within(editing).getByRole('button', { name: 'Ta bort logotypen' }));
    expect(within(editing).getByText('Ingen logotyp är vald.')).toBeInTheDocument();
    await user.click(within(editing).getByRole('button', { name: 'Spara' }));
    await waitFor(async () => expect((await database.bodies.toArray())[0]!.logo).toBeNull());
  });

  it('needs an alt text before the profile is saved', async () => {
    const { user, form, database } = await openNewBody();
    await user.upload(fileInput(form), new File([png], 'logotyp.png', { type: 'image/png' }));
    await user.clear(await within(form).findByRole('textbox', { name: 'Alternativ text för logotypen' }));
    await user.click(within(form).getByRole('button', { name: 'Spara' }));
    const alt = within(form).getByRole('textbox', { name: 'Alternativ text för logotypen' });
    await waitFor(() => expect(alt).toHaveAttribute('aria-invalid', 'true'));
    expect(alt).toHaveAccessibleDescription(expect.stringContaining('Skriv en alternativ text för logotypen'));
    expect(await database.bodies.count()).toBe(0);
  });

  it('refuses a file that is not a PNG or JPEG whatever its name, and one over 1 MB unread, keeping nothing', async () => {
    const { user, form, database } = await openNewBody();
    await user.upload(fileInput(form), new File(['<svg xmlns="http://www.w3.org/2000/svg"/>'], 'logotyp.png', { type: 'image/png' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent(
      'Filen är inte en PNG- eller JPEG-bild. Välj logotypen som PNG eller JPEG. Ingen logotyp har sparats.',
    );
    expect(within(form).queryByRole('img')).not.toBeInTheDocument();

    const huge = new File([png], 'stor.png', { type: 'image/png' });
    Object.defineProperty(huge, 'size', { value: 1024 * 1024 + 1 });
    const read = vi.spyOn(FileReader.prototype, 'readAsArrayBuffer');
    await user.upload(fileInput(form), huge);
    await waitFor(() =>
      expect(within(form).getByRole('alert')).toHaveTextContent(
        'Filen är för stor: en logotyp får vara högst 1 MB. Ingen logotyp har sparats.',
      ),
    );
    expect(read).not.toHaveBeenCalled();
    read.mockRestore();
    expect(within(form).getByText('Ingen logotyp är vald.')).toBeInTheDocument();

    await user.click(within(form).getByRole('button', { name: 'Spara' }));
    await screen.findByRole('heading', { level: 3, name: 'Socialnämnden' });
    expect((await database.bodies.toArray())[0]!.logo).toBeNull();
  });
});

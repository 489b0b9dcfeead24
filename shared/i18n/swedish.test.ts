import { describe, expect, it } from 'vitest';
import { NO_BREAK_SPACE, swedishGenitive, unbroken } from './swedish';

describe('swedishGenitive', () => {
  it.each([
    ['Barn- och utbildningsnämnden', 'Barn- och utbildningsnämndens'],
    ['Kommunstyrelsen', 'Kommunstyrelsens'],
    ['Vaggeryds kommun', 'Vaggeryds kommuns'],
    ['Socialnämndens presidium', 'Socialnämndens presidiums'],
    ['Vaggeryd-Skillingaryds Bostads AB', 'Vaggeryd-Skillingaryds Bostads AB:s'],
    ['KS', 'KS:s'],
    ['Område 13', 'Område 13:s'],
    ['Hans', 'Hans'],
    ['Vaggeryds Linux', 'Vaggeryds Linux'],
    ['Bergs Fritz', 'Bergs Fritz'],
    ['  Tekniska nämnden ', 'Tekniska nämndens'],
  ])('%s → %s', (name, genitive) => {
    expect(swedishGenitive(name)).toBe(genitive);
  });

  it('leaves an empty name empty', () => {
    expect(swedishGenitive('')).toBe('');
  });
});

describe('unbroken', () => {
  it('joins the words of a diarienummer with no-break spaces', () => {
    expect(unbroken(' KS  2019/160 ')).toBe(`KS${NO_BREAK_SPACE}2019/160`);
    expect(unbroken('BUN 2020/45')).not.toContain(' ');
  });
});

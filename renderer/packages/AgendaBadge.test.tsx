import { readFileSync } from 'node:fs';
import path from 'node:path';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { agenda2030Goals } from '../../shared/remiss/agenda2030';
import { renderWithApp } from '../../tests/support/renderWithApp';
import { AgendaBadge } from './AgendaBadge';

const css = readFileSync(path.join(import.meta.dirname, '..', 'styles', 'app.css'), 'utf8');

describe('Agenda 2030 badges', () => {
  it.each(agenda2030Goals.map((goal) => [goal.number, goal] as const))(
    'goal %i has its official colour and readable text in the stylesheet',
    (number, goal) => {
      const rule = new RegExp(`\\.sdg-${number} \\{\\s*background: ${goal.colour};\\s*color: ${goal.textColour};`, 'i');
      expect(css).toMatch(rule);
    },
  );

  it('names the goal in words, not by colour alone', async () => {
    renderWithApp(<AgendaBadge number={13} />);
    expect(await screen.findByText('Globalt mål 13: Bekämpa klimatförändringarna')).toBeInTheDocument();
  });
});

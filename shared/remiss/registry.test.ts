import { describe, expect, it } from 'vitest';
import { registryOwner } from './registry';

describe('whose diarienummer a remiss has', () => {
  it('is kommunstyrelsen’s when its administration sends it, as "KS 2019/160" says', () => {
    for (const issuer of [
      'Kommunledningskontoret',
      'Kommunledningsförvaltningen',
      'Kommunkansliet',
      'Stadsledningskontoret',
      'Kommunstyrelsen',
    ])
      expect(registryOwner(issuer)).toBe('Kommunstyrelsen');
  });

  it('is the sender’s own otherwise', () => {
    expect(registryOwner('Region Jönköpings län')).toBe('Region Jönköpings län');
    expect(registryOwner('Miljö- och byggnämnden')).toBe('Miljö- och byggnämnden');
  });
});

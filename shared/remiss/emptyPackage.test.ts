import { describe, expect, it } from 'vitest';
import { emptyPackage } from './emptyPackage';
import { parsePackageData, serializePackageData, validatePackage } from './packageFile';

describe('a package started from nothing', () => {
  it('fills in nothing for the office: the editor names the five fields a package cannot be sent without', () => {
    const result = validatePackage(emptyPackage('paket-1', '2026-11-30'));
    expect(
      result.ok ? [] : result.issues.map((issue) => (issue.code === 'field' ? `${issue.path.join('/')}: ${issue.problem}` : issue.code)),
    ).toEqual([
      'title: empty',
      'issuer: empty',
      'ratingScale/steps/0/label: empty',
      'ratingScale/steps/1/label: empty',
      'goals/0/title: empty',
    ]);
  });

  it('once those are written, is a package the importer reads back exactly as the editor wrote it', () => {
    const content = emptyPackage('paket-1', '2026-11-30');
    content.title = 'Remiss om nämndernas mål 2027';
    content.issuer = 'Kommunledningskontoret';
    content.ratingScale.steps[0]!.label = 'För låg';
    content.ratingScale.steps[1]!.label = 'Lagom';
    content.goals[0]!.title = 'En plats att växa i';
    expect(validatePackage(content)).toEqual({ ok: true, package: content });
    expect(parsePackageData(new TextEncoder().encode(serializePackageData(content)))).toEqual({ ok: true, package: content });
  });
});

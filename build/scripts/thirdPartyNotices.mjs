// The licences of every package that ships inside Målsamtal, gathered into one text file for the installers:
// the bundles drop the libraries' own comments, and their licences (MIT, Apache-2.0, …) ask that the notices travel along.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Every package the installed app carries (not dev-only), from package-lock.json, with its licence text.
 * @returns {{ name: string, version: string, license: string, text: string | null }[]}
 */
export function shippedPackages(projectRoot) {
  const lock = JSON.parse(readFileSync(path.join(projectRoot, 'package-lock.json'), 'utf8'));
  const seen = new Map();
  for (const [location, entry] of Object.entries(lock.packages)) {
    if (location === '' || entry.dev || entry.devOptional) continue;
    const dir = path.join(projectRoot, location);
    if (!existsSync(path.join(dir, 'package.json'))) continue;
    const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
    const key = `${manifest.name}@${manifest.version}`;
    if (seen.has(key)) continue;
    const licenceFile = readdirSync(dir).find((file) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(file));
    seen.set(key, {
      name: manifest.name,
      version: manifest.version,
      license: typeof manifest.license === 'string' ? manifest.license : 'se paketet / see the package',
      text: licenceFile ? readFileSync(path.join(dir, licenceFile), 'utf8').trim() : null,
    });
  }
  return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name));
}

export function thirdPartyNotices(projectRoot) {
  const rule = '-'.repeat(78);
  const sections = shippedPackages(projectRoot).map(({ name, version, license, text }) =>
    [rule, `${name} ${version} (${license})`, '', text ?? `Licens / licence: ${license}`].join('\n'),
  );
  return [
    'Målsamtal innehåller programvara från andra, under deras licenser:',
    'Målsamtal contains software by others, under their licences:',
    '',
    ...sections,
    '',
  ].join('\n');
}

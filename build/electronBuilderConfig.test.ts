import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { appFileExtensions, appFileKinds } from '../shared/files/appFiles';

const projectRoot = path.resolve(import.meta.dirname, '..');
const config = YAML.parse(readFileSync(path.join(projectRoot, 'electron-builder.yml'), 'utf8'));
const packageJson = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8'));

/** electron-builder's own schema check and file matcher, so the test judges the config as the builder will. */
const builderRequire = createRequire(createRequire(import.meta.url).resolve('electron-builder'));
const { validateConfiguration } = builderRequire('app-builder-lib/out/util/config/config') as {
  validateConfiguration: (config: unknown, debugLogger: { isEnabled: boolean }) => Promise<void>;
};
const { FileMatcher } = builderRequire('app-builder-lib/out/fileMatcher') as {
  FileMatcher: new (
    from: string,
    to: string,
    expand: (pattern: string) => string,
    patterns: string[],
  ) => { createFilter: () => (file: string, stat: { isDirectory: () => boolean; moduleFullFilePath?: string }) => boolean };
};

const targetsOf = (platform: 'win' | 'mac' | 'linux'): string[] =>
  (config[platform].target as (string | { target: string })[]).map((target) => (typeof target === 'string' ? target : target.target));

/** Every file of the project as it is in git, plus what `npm run build` writes into dist/. */
function candidateFiles(): string[] {
  const skipped = new Set(['node_modules', '.git', 'dist', 'release']);
  const walk = (folder: string): string[] =>
    readdirSync(path.join(projectRoot, folder), { withFileTypes: true }).flatMap((entry) => {
      const relative = folder ? `${folder}/${entry.name}` : entry.name;
      if (entry.isDirectory()) return skipped.has(entry.name) ? [] : walk(relative);
      return [relative];
    });
  return [
    ...walk(''),
    'dist/electron/main.cjs',
    'dist/electron/main.cjs.map',
    'dist/electron/preload.cjs',
    'dist/electron/projectorPreload.cjs',
    'dist/renderer/index.html',
    'dist/renderer/assets/index-4f2a.js',
    'dist/renderer/assets/index-4f2a.js.map',
    'dist/renderer/assets/index-4f2a.css',
    'dist/renderer/assets/DejaVuSans-1b2c.ttf',
    'dist/renderer/assets/meetings.test.ts',
  ];
}

function packagedFiles(): string[] {
  const filter = new FileMatcher(projectRoot, '/app', (pattern) => pattern, config.files).createFilter();
  return candidateFiles().filter((file) => filter(path.join(projectRoot, file), { isDirectory: () => false }));
}

describe('installer configuration (electron-builder.yml)', () => {
  it('is valid for the electron-builder the project uses', async () => {
    await expect(validateConfiguration(config, { isEnabled: false })).resolves.toBeUndefined();
  });

  it('names the product Målsamtal with a stable app id, so the data folder keeps its name', () => {
    expect(config.appId).toBe('se.malsamtal.app');
    expect(config.productName).toBe('Målsamtal');
    expect(packageJson.productName).toBe('Målsamtal');
    expect(config.extraMetadata?.version).toBeUndefined();
    expect(config.asar).toBe(true);
  });

  it('builds a per-user NSIS installer, an MSI for managed roll-out and a portable build on Windows', () => {
    expect(targetsOf('win')).toEqual(['nsis', 'msi', 'portable']);
    expect(config.nsis).toMatchObject({ oneClick: true, perMachine: false, allowElevation: false, language: '1053' });
    expect(config.nsis.installerLanguages).toEqual(['sv_SE']);
    expect(config.msi).toMatchObject({ perMachine: true, runAfterFinish: false });
    expect(config.msi.upgradeCode).toMatch(/^[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}$/);
  });

  it('never asks a user for admin rights outside the MSI, and keeps their data when Målsamtal is removed', () => {
    expect(config.portable.requestExecutionLevel).toBe('user');
    expect(config.nsis.deleteAppDataOnUninstall).toBe(false);
  });

  it('gives every Windows build its own file name, so none overwrites another', () => {
    const names = ['nsis', 'msi', 'portable'].map((target) => config[target].artifactName);
    expect(new Set(names).size).toBe(3);
  });

  it('builds a dmg on macOS and an AppImage and a deb on Linux', () => {
    expect(targetsOf('mac')).toEqual(['dmg']);
    expect(targetsOf('linux')).toEqual(['AppImage', 'deb']);
  });

  it('packages the Electron binary that npm run dist made sure of, instead of downloading another', () => {
    const electronPackage = path.dirname(createRequire(path.join(projectRoot, 'package.json')).resolve('electron/package.json'));
    // The folder findElectronBinary looks in (build/scripts/electronBinary.mjs) and install.js fills.
    expect(path.resolve(projectRoot, config.electronDist)).toBe(path.join(electronPackage, 'dist'));
  });

  it('burns the hardening fuses into Electron', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('associates exactly the app’s own file types, each with a name, a MIME type and the document icon', () => {
    const associations = config.fileAssociations as { ext: string; name: string; mimeType: string; icon: string }[];
    expect(associations.map((association) => association.ext)).toEqual(appFileKinds.map((kind) => appFileExtensions[kind]));
    for (const association of associations) {
      expect(association.name).toMatch(/^Målsamtal-/);
      expect(association.mimeType).toMatch(/^application\/x-malsamtal-/);
      expect(association.icon).toBe('file-icon');
    }
  });

  it('uses icons that exist in build/', () => {
    for (const icon of [
      config.win.icon,
      config.mac.icon,
      `${config.linux.icon}/256x256.png`,
      'build/file-icon.ico',
      'build/file-icon.icns',
    ]) {
      expect(() => readFileSync(path.join(projectRoot, icon)), icon).not.toThrow();
    }
  });

  it('packages only the built app and package.json: no sources, tests, source maps or dev files', () => {
    expect(packagedFiles().sort()).toEqual([
      'dist/electron/main.cjs',
      'dist/electron/preload.cjs',
      'dist/electron/projectorPreload.cjs',
      'dist/renderer/assets/DejaVuSans-1b2c.ttf',
      'dist/renderer/assets/index-4f2a.css',
      'dist/renderer/assets/index-4f2a.js',
      'dist/renderer/index.html',
      'package.json',
    ]);
  });

  it('leaves the dependencies’ node_modules out, since the build bundles what the app uses', () => {
    // electron-builder copies production dependencies through a second matcher made of "**/*" and the exclusions.
    const exclusions = (config.files as string[]).filter((pattern) => pattern.startsWith('!'));
    const filter = new FileMatcher(projectRoot, '/app', (pattern) => pattern, ['**/*', ...exclusions]).createFilter();
    const file = path.join(projectRoot, 'node_modules/react/index.js');
    expect(filter(file, { isDirectory: () => false, moduleFullFilePath: 'node_modules/react/index.js' })).toBe(false);
  });

  it('ships the EUPL licence text with the app', () => {
    expect(config.extraResources).toContainEqual({ from: 'LICENSE', to: 'LICENSE.txt' });
    expect(readFileSync(path.join(projectRoot, 'LICENSE'), 'utf8')).toContain('EUROPEAN UNION PUBLIC LICENCE v. 1.2');
    expect(packageJson.license).toBe('EUPL-1.2');
  });

  it('takes the version from package.json, where `npm version` keeps it', () => {
    expect(packageJson.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(JSON.stringify(config)).not.toMatch(/"buildVersion"|"version"/);
  });
});

export function missingElectronForDistMessage(reason: string): string;
export function dist(steps: {
  ensureElectron: () => Promise<string | null>;
  buildApp: () => Promise<void>;
  buildInstallers: () => Promise<number>;
}): Promise<number>;

export const missingElectronForDistMessage: string;
export function dist(steps: {
  findElectron: () => string | null;
  buildApp: () => Promise<void>;
  buildInstallers: () => Promise<number>;
  report: (message: string) => void;
}): Promise<number>;

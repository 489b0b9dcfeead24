export function shippedPackages(projectRoot: string): { name: string; version: string; license: string; text: string | null }[];
export function thirdPartyNotices(projectRoot: string): string;

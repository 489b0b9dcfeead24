export function resolveInside(root: string, requestPath: string): string | null;
export function startStaticServer(options: { root: string; port?: number }): Promise<{ url: string; close: () => Promise<void> }>;

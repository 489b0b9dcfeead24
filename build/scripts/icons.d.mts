export const buildDir: string;
export const icoSizes: number[];
export const icnsChunks: [string, number][];
export const linuxSizes: number[];
export function renderPng(svg: string, size: number): Buffer;
export function encodeIco(images: { size: number; png: Buffer }[]): Buffer;
export function encodeIcns(chunks: { type: string; png: Buffer }[]): Buffer;
export function iconFiles(readSource?: (name: string) => string): Map<string, Buffer>;

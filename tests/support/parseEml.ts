import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** What Python's e-mail parser reads in an .eml file: decoded headers, the text, the attachments' names and hashes. */
export interface ParsedEml {
  to: string[];
  from: string | null;
  subject: string;
  date: string;
  unsent: string | null;
  body: string | null;
  attachments: { filename: string; contentType: string; size: number; sha256: string }[];
  defects: string[];
  longestLine: number;
}

const script = path.resolve(import.meta.dirname, 'parseEml.py');

/** Parses written .eml files with Python's `email` package, independent of the MIME library that wrote them. */
export function parseEmlFiles(files: readonly string[]): ParsedEml[] {
  return JSON.parse(execFileSync('python3', [script, ...files], { encoding: 'utf8' })) as ParsedEml[];
}

/** The same for bytes in memory, written to a temporary file first. */
export function parseEmlBytes(bytes: Uint8Array): ParsedEml {
  const folder = mkdtempSync(path.join(tmpdir(), 'malsamtal-eml-'));
  try {
    const file = path.join(folder, 'message.eml');
    writeFileSync(file, bytes);
    return parseEmlFiles([file])[0]!;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

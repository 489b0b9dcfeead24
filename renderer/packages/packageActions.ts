import { appFileExtensions } from '../../shared/files/appFiles';
import type { Messages } from '../../shared/i18n/messages';
import { writePackageFile } from '../../shared/remiss/packageContainer';
import { packageFileName, validatePackage, type PackageFileIssue } from '../../shared/remiss/packageFile';
import type { RemissPackage } from '../../shared/remiss/remissPackage';
import type { FileBridge } from '../bridge/BridgeProvider';
import type { MalsamtalDatabase } from '../data/db';
import { documentFilesOf } from '../data/documents';

export type ExportOutcome =
  { outcome: 'saved'; fileName: string } | { outcome: 'cancelled' } | { outcome: 'invalid'; issues: PackageFileIssue[] };

/**
 * Writes a package file, its documents inside, through the shell; a package with errors is not exported, so every
 * file we write can be read back.
 */
export async function exportPackage(
  files: FileBridge,
  database: MalsamtalDatabase,
  content: RemissPackage,
  messages: Messages,
): Promise<ExportOutcome> {
  const checked = validatePackage(content);
  if (!checked.ok) return { outcome: 'invalid', issues: checked.issues };
  return files.saveFile({
    suggestedName: packageFileName(checked.package),
    bytes: writePackageFile(checked.package, await documentFilesOf(database, checked.package)),
    filters: [{ name: messages.packages.fileFilter, extensions: [appFileExtensions.package] }],
  });
}

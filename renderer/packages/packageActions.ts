import { appFileExtensions } from '../../shared/files/appFiles';
import type { Messages } from '../../shared/i18n/messages';
import { encodePackageFile, packageFileName, validatePackage, type PackageFileIssue } from '../../shared/remiss/packageFile';
import type { RemissPackage } from '../../shared/remiss/remissPackage';
import type { FileBridge } from '../bridge/BridgeProvider';

export type ExportOutcome =
  { outcome: 'saved'; fileName: string } | { outcome: 'cancelled' } | { outcome: 'invalid'; issues: PackageFileIssue[] };

/** Writes a package file through the shell; a package with errors is not exported, so every file we write can be read back. */
export async function exportPackage(files: FileBridge, content: RemissPackage, messages: Messages): Promise<ExportOutcome> {
  const checked = validatePackage(content);
  if (!checked.ok) return { outcome: 'invalid', issues: checked.issues };
  return files.saveFile({
    suggestedName: packageFileName(checked.package),
    bytes: encodePackageFile(checked.package),
    filters: [{ name: messages.packages.fileFilter, extensions: [appFileExtensions.package] }],
  });
}

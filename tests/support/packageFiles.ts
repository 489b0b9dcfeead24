import { examplePackage } from '../../shared/remiss/examplePackage';
import { PACKAGE_FILE_FORMAT, serializePackageData } from '../../shared/remiss/packageFile';
import type { RemissPackage } from '../../shared/remiss/remissPackage';

const encode = (text: string): Uint8Array<ArrayBuffer> => new TextEncoder().encode(text);

/** A valid package of the strategy office's own, built from the example with a new identity and title. */
export function aPackage(overrides: Partial<RemissPackage> = {}): RemissPackage {
  return {
    ...structuredClone(examplePackage),
    id: 'kommun-ks-2024-12',
    title: 'Remiss om ambitionsnivåer 2024',
    isExample: false,
    ...overrides,
  };
}

/** A package file as the release before documents wrote it: the package's data alone, as JSON (format 1). */
export function aPackageFile(content: unknown = aPackage(), envelope: Record<string, unknown> = {}): Uint8Array<ArrayBuffer> {
  return encode(JSON.stringify({ format: PACKAGE_FILE_FORMAT, version: 1, package: content, ...envelope }));
}

/** Files a user might pick by mistake or an attacker might craft, each with the Swedish message it must give. */
export function badPackageFiles(): Array<{ name: string; bytes: Uint8Array; message: string }> {
  const withoutThirdTitle = aPackage();
  delete (withoutThirdTitle.goals[2] as Partial<RemissPackage['goals'][number]>).title;
  const manyGoals = aPackage({
    goals: Array.from({ length: 200 }, (_, index) => ({ ...examplePackage.goals[0]!, id: `mal-${index + 1}`, number: index + 1 })),
  });
  const tooLarge = `{"format":"${PACKAGE_FILE_FORMAT}","version":1,"package":{"title":"${'x'.repeat(53 * 1024 * 1024)}"}}`;
  const threeMegabytes = `{"format":"${PACKAGE_FILE_FORMAT}","version":1,"package":{"title":"${'x'.repeat(3 * 1024 * 1024)}"}}`;
  const polluting = serializePackageData(aPackage()).replace('"title":', '"__proto__": {"isAdmin": true}, "title":');
  return [
    {
      name: 'truncated JSON',
      bytes: encode(serializePackageData(aPackage()).slice(0, 700)),
      message: 'Filen är inte giltig JSON – den kan vara avkortad eller skadad.',
    },
    { name: 'wrong types', bytes: aPackageFile({ ...aPackage(), goals: 'alla mål' }), message: 'Paketet: mål har fel typ' },
    { name: 'missing goals', bytes: aPackageFile({ ...aPackage(), goals: undefined }), message: 'Paketet: mål saknas' },
    { name: 'a goal without title', bytes: aPackageFile(withoutThirdTitle), message: 'Mål 3: titel saknas' },
    { name: 'a 53 MB string', bytes: encode(tooLarge), message: 'Filen är för stor. En paketfil får vara högst 52 MB.' },
    {
      name: 'data of 3 MB as plain JSON',
      bytes: encode(threeMegabytes),
      message: 'Remisspaketets uppgifter är för stora. De får vara högst 2 MB utan dokumenten.',
    },
    {
      name: 'a newer version',
      bytes: aPackageFile(aPackage(), { version: 7 }),
      message: 'Filen är gjord i en nyare version av Målsamtal (filformat 7). Uppdatera Målsamtal för att kunna läsa den.',
    },
    { name: 'an unknown version', bytes: aPackageFile(aPackage(), { version: -1 }), message: 'Filens versionsnummer är ogiltigt.' },
    {
      name: 'the wrong format name',
      bytes: aPackageFile(aPackage(), { format: 'annat.program' }),
      message: 'Filen är av ett annat format än Målsamtals remisspaket.',
    },
    {
      name: 'a prototype-polluting key',
      bytes: encode(polluting),
      message: 'Filen innehåller det otillåtna namnet ”__proto__” och har därför inte lästs.',
    },
    { name: '200 goals', bytes: aPackageFile(manyGoals), message: 'Paketet: för många mål (högst 50)' },
    {
      name: 'binary bytes that are not UTF-8',
      bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xd8]),
      message: 'Filen är inte en textfil i UTF-8. Välj en paketfil som Målsamtal har exporterat.',
    },
  ];
}

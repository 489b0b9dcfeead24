import { bilingual } from '../bilingual';

export const menuText = bilingual(
  {
    file: 'Arkiv',
    quit: 'Avsluta Målsamtal',
    close: 'Stäng fönstret',
    edit: 'Redigera',
    undo: 'Ångra',
    redo: 'Gör om',
    cut: 'Klipp ut',
    copy: 'Kopiera',
    paste: 'Klistra in',
    selectAll: 'Markera allt',
    addToDictionary: 'Lägg till i ordlistan',
    noSuggestions: 'Inga förslag',
    view: 'Visa',
    reload: 'Läs in igen',
    zoomIn: 'Zooma in',
    zoomOut: 'Zooma ut',
    resetZoom: 'Verklig storlek',
    fullscreen: 'Helskärm',
    language: 'Språk',
    devTools: 'Utvecklarverktyg',
    window: 'Fönster',
    minimize: 'Minimera',
    help: 'Hjälp',
    about: 'Om Målsamtal',
    services: 'Tjänster',
    hide: 'Göm Målsamtal',
    hideOthers: 'Göm övriga',
    unhide: 'Visa alla',
  },
  {
    file: 'File',
    quit: 'Quit Målsamtal',
    close: 'Close window',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select all',
    addToDictionary: 'Add to dictionary',
    noSuggestions: 'No suggestions',
    view: 'View',
    reload: 'Reload',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    resetZoom: 'Actual size',
    fullscreen: 'Full screen',
    language: 'Language',
    devTools: 'Developer tools',
    window: 'Window',
    minimize: 'Minimise',
    help: 'Help',
    about: 'About Målsamtal',
    services: 'Services',
    hide: 'Hide Målsamtal',
    hideOthers: 'Hide others',
    unhide: 'Show all',
  },
);

export const filesText = bilingual({ saveDialogTitle: 'Spara fil' }, { saveDialogTitle: 'Save file' });

export const fileOpenText = bilingual(
  {
    title: 'Filen kunde inte öppnas',
    message: (fileName: string) => `Målsamtal kunde inte öppna ”${fileName}”.`,
    ok: 'OK',
    reasons: {
      unknownType: 'Målsamtal öppnar bara remisspaket (.msremiss), svarsfiler (.msvar) och säkerhetskopior (.msbackup).',
      missing: 'Filen finns inte längre där den låg. Den kan ha flyttats eller tagits bort.',
      notAFile: 'Det som öppnades är en mapp, inte en fil.',
      unreadable: 'Filen gick inte att läsa. Kontrollera att du har behörighet att läsa den och försök igen.',
    },
  },
  {
    title: 'The file could not be opened',
    message: (fileName: string) => `Målsamtal could not open “${fileName}”.`,
    ok: 'OK',
    reasons: {
      unknownType: 'Målsamtal opens only remiss packages (.msremiss), answer files (.msvar) and backups (.msbackup).',
      missing: 'The file is no longer where it was. It may have been moved or deleted.',
      notAFile: 'What was opened is a folder, not a file.',
      unreadable: 'The file could not be read. Check that you are allowed to read it and try again.',
    },
  },
);

export const aboutText = bilingual(
  {
    version: (version: string) => `Version ${version}`,
    licence:
      'Licens: EUPL-1.2 (Europeiska unionens licens för öppen programvara). Licenserna för programvara från andra ' +
      'som ingår finns i THIRD-PARTY-NOTICES.txt i programmets resursmapp.',
    dataFolder: (folder: string) => `Dina uppgifter sparas på den här datorn, i mappen:\n${folder}`,
    offline: 'Målsamtal skickar aldrig något över nätverket.',
    ok: 'OK',
  },
  {
    version: (version: string) => `Version ${version}`,
    licence:
      'Licence: EUPL-1.2 (European Union Public Licence). The licences of the software by others it contains are in ' +
      'THIRD-PARTY-NOTICES.txt in the program’s resources folder.',
    dataFolder: (folder: string) => `Your data is kept on this computer, in the folder:\n${folder}`,
    offline: 'Målsamtal never sends anything over the network.',
    ok: 'OK',
  },
);

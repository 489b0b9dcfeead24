import type { MessageBoxOptions } from 'electron';
import type { Messages } from '../shared/i18n/messages';

export interface AboutFacts {
  version: string;
  /** Where the app keeps the user's data: Electron's userData folder, named after the product. */
  dataFolder: string;
}

/** The About box: name, version, licence and the folder an IT department backs up. */
export function aboutBox(m: Messages, { version, dataFolder }: AboutFacts): MessageBoxOptions {
  return {
    type: 'info',
    title: m.menu.about,
    message: `${m.app.name} ${version}`,
    detail: [m.app.tagline, m.about.version(version), m.about.licence, m.about.dataFolder(dataFolder), m.about.offline].join('\n\n'),
    buttons: [m.about.ok],
  };
}

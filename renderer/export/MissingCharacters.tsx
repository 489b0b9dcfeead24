import { useMemo } from 'react';
import type { AttachmentModel } from '../../shared/attachment/attachmentModel';
import { charactersWithoutFont } from '../../shared/attachment/undrawable';
import { useI18n } from '../i18n/I18nProvider';

/** Names, before anything is saved, the characters the PDF cannot draw and will show as �. */
export function MissingCharacters({ model }: { model: AttachmentModel }) {
  const { messages } = useI18n();
  const missing = useMemo(() => charactersWithoutFont(model), [model]);
  if (missing.length === 0) return null;
  return <p className="alert">{messages.export.missingCharacters(missing.join(' '))}</p>;
}

import { useId, useState } from 'react';
import { Button } from 'react-aria-components';
import { localeOf } from '../../shared/i18n/messages';
import { useI18n } from '../i18n/I18nProvider';

/** Longer than this, a text is shown by its beginning until asked for in full. */
export const COLLAPSE_ABOVE = 1_200;
const BEGINNING = 600;

/** The beginning of a long text, ended at a word where one is near. */
export function beginningOf(text: string, length = BEGINNING): string {
  const cut = text.slice(0, length);
  const space = cut.lastIndexOf(' ');
  return `${(space > length * 0.8 ? cut.slice(0, space) : cut).trimEnd()} …`;
}

/**
 * A text that may be very long (a pasted report as a comment): in full when short, otherwise its beginning and a
 * disclosure button that shows the rest, so one comment never buries the summary or the preview.
 */
export function CollapsibleText({ text, as: Tag = 'p', className }: { text: string; as?: 'p' | 'dd' | 'li'; className?: string }) {
  const { language, messages } = useI18n();
  const [open, setOpen] = useState(false);
  const id = useId();
  if (text.length <= COLLAPSE_ABOVE) return <Tag className={className}>{text}</Tag>;
  return (
    <Tag className={className}>
      <span id={id}>{open ? text : beginningOf(text)}</span>{' '}
      <Button className="link-button" aria-expanded={open} aria-controls={id} onPress={() => setOpen((value) => !value)}>
        {open ? messages.app.showBeginning : messages.app.showFullText(new Intl.NumberFormat(localeOf[language]).format(text.length))}
      </Button>
    </Tag>
  );
}

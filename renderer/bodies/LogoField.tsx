import { useMemo, useState } from 'react';
import { Button, FileTrigger } from 'react-aria-components';
import { readLogo, LOGO_LIMITS, type Logo, type LogoIssue } from '../../shared/attachment/logo';
import { megabytes } from '../../shared/files/appFiles';
import { messagesFor } from '../../shared/i18n/messages';
import { swedishGenitive } from '../../shared/i18n/swedish';
import { TextInput } from '../app/fields';
import { useI18n } from '../i18n/I18nProvider';
import { useAnnouncer } from '../stores/announcer';
import { dataUrlOf } from '../app/dataUrl';

/** FileReader rather than Blob.arrayBuffer, which the test DOM lacks. */
function readBytes(file: File): Promise<Uint8Array<ArrayBuffer>> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'));
    reader.readAsArrayBuffer(file);
  });
}

/**
 * The body profile's letterhead logo: chosen from a file (told by its bytes, refused with a reason and nothing kept),
 * previewed with its alt text, which starts as "[Kommunens namn]s logotyp", and removable.
 */
export function LogoField({
  logo,
  municipality,
  error,
  onChange,
}: {
  logo: Logo | null;
  /** The municipality whose name the default alt text gives. */
  municipality: string;
  error?: string | undefined;
  onChange: (logo: Logo | null) => void;
}) {
  const { messages } = useI18n();
  const l = messages.logo;
  const announce = useAnnouncer((state) => state.announce);
  const [refusal, setRefusal] = useState<string | null>(null);
  const preview = useMemo(() => (logo ? dataUrlOf(logo) : null), [logo]);

  const issueText = (issue: LogoIssue) =>
    issue.code === 'logoTooLarge' ? l.issues.logoTooLarge(megabytes(issue.maxBytes)) : l.issues[issue.code];

  const choose = async (files: FileList | null) => {
    const file = files?.[0];
    if (!file) return;
    setRefusal(null);
    // Refused by its size before it is read, so a wrongly chosen large file never fills the memory.
    if (file.size > LOGO_LIMITS.bytes) return setRefusal(issueText({ code: 'logoTooLarge', maxBytes: LOGO_LIMITS.bytes }));
    try {
      const bytes = await readBytes(file);
      const read = readLogo(bytes);
      if (!read.ok) return setRefusal(issueText(read.issue));
      // The attachment is Swedish whatever language the app speaks, so its default alt text is too.
      const altText = logo?.altText ?? messagesFor('sv').logo.defaultAltText(swedishGenitive(municipality));
      onChange({ ...read.value, bytes, altText });
      announce(l.chosen(file.name));
    } catch {
      setRefusal(l.issues.logoUnreadable);
    }
  };

  return (
    <section className="logo-field" aria-labelledby="logo-field-title">
      <h3 id="logo-field-title">{l.title}</h3>
      <p className="field-hint">{l.intro}</p>
      {logo && preview ? (
        <figure className="logo-preview" aria-label={l.previewLabel}>
          <img src={preview} alt={logo.altText} />
        </figure>
      ) : (
        <p className="empty">{l.none}</p>
      )}
      {logo && (
        <TextInput
          label={l.altText}
          description={l.altTextHint}
          value={logo.altText}
          onChange={(altText) => onChange({ ...logo, altText })}
          error={error}
        />
      )}
      <div className="button-row">
        <FileTrigger acceptedFileTypes={['image/png', 'image/jpeg']} onSelect={(files) => void choose(files)}>
          <Button className="button">{logo ? l.replace : l.choose}</Button>
        </FileTrigger>
        {logo && (
          <Button
            className="button button-danger"
            onPress={() => {
              setRefusal(null);
              onChange(null);
              announce(l.removed);
            }}
          >
            {l.remove}
          </Button>
        )}
      </div>
      {refusal && (
        <p className="alert" role="alert">
          {refusal}
        </p>
      )}
    </section>
  );
}

import { Button } from 'react-aria-components';
import type { ProtocolStatus } from '../../shared/attachment/protocolPath';
import type { ExportFormat } from '../../shared/domain/dialogue';
import { useI18n } from '../i18n/I18nProvider';

const paragraphFormats = ['paragraphDocx', 'paragraphText'] as const satisfies ReadonlyArray<ExportFormat>;

/** The paragraph for the protocol system, as Word and as text, and once adjusted the extract as PDF/A. */
export function ParagraphExports({
  status,
  sendable,
  busy,
  onSave,
}: {
  status: ProtocolStatus;
  sendable: boolean;
  busy: ExportFormat | null;
  onSave: (format: ExportFormat) => void;
}) {
  const { messages } = useI18n();
  const e = messages.export;
  const p = messages.decision.paragraph;
  return (
    <section className="panel" aria-labelledby="paragraph-title">
      <h2 id="paragraph-title">{p.title}</h2>
      <p className="field-hint">{p.hint}</p>
      {!sendable && <p className="field-hint">{e.notReady}</p>}
      <ul className="export-buttons">
        {[...paragraphFormats, 'extract' as const].map((format) => (
          <li key={format}>
            <Button
              className="button"
              isDisabled={!sendable || busy !== null || (format === 'extract' && status !== 'justerat')}
              isPending={busy === format}
              onPress={() => onSave(format)}
            >
              {e.exportButton(e.formats[format])}
            </Button>
          </li>
        ))}
      </ul>
      {status !== 'justerat' && <p className="field-hint">{p.extractWhenAdjusted}</p>}
    </section>
  );
}

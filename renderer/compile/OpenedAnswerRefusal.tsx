import { useState } from 'react';
import { answerFileIssueMessage } from '../../shared/i18n/answerFileMessages';
import { MessageDialog } from '../app/Dialogs';
import { readAnswerFile } from '../data/answers';
import { useOpenedFile } from '../files/openedFiles';
import { useI18n } from '../i18n/I18nProvider';

/** Says why an answer file opened by double-click could not be read, as the file manager's user would otherwise hear nothing. */
export function OpenedAnswerRefusal() {
  const { messages } = useI18n();
  const c = messages.compile;
  const [refusal, setRefusal] = useState<string | null>(null);
  useOpenedFile('answer', (file) => {
    const read = readAnswerFile(file);
    if (!read.parsed.ok) setRefusal(c.outcome.invalid(file.fileName, answerFileIssueMessage(messages, read.parsed.issue)));
  });
  return (
    <MessageDialog isOpen={refusal !== null} title={c.openedFileRefused} closeLabel={c.close} onClose={() => setRefusal(null)}>
      <p>{refusal}</p>
    </MessageDialog>
  );
}

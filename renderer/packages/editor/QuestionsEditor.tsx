import { memo } from 'react';
import { Button } from 'react-aria-components';
import type { PathSegment } from '../../../shared/remiss/packageFile';
import { questionKinds, type Question } from '../../../shared/remiss/remissPackage';
import { SelectInput, TextInput } from '../../app/fields';
import { useI18n } from '../../i18n/I18nProvider';
import { moveItem, ReorderableList } from '../ReorderableList';
import { shortId, useErrorAt } from './editing';

export const QuestionsEditor = memo(function QuestionsEditor({
  label,
  questions,
  path,
  idPrefix,
  change,
}: {
  label: string;
  questions: Question[];
  path: PathSegment[];
  idPrefix: string;
  change: (recipe: (questions: Question[]) => void) => void;
}) {
  const { messages } = useI18n();
  const e = messages.packageEditor;
  const errorAt = useErrorAt();
  const kinds = questionKinds.map((kind) => ({ id: kind, label: messages.packageReader.questionKinds[kind] }));
  return (
    <div className="questions-editor">
      {questions.length > 1 && (
        <ReorderableList
          label={label}
          items={questions.map((question, index) => ({ id: question.id, label: question.text || e.question(index + 1) }))}
          onMove={(from, to) => change((list) => list.splice(0, list.length, ...moveItem(list, from, to)))}
        />
      )}
      <ol className="question-editor-list">
        {questions.map((question, index) => (
          <li key={question.id}>
            <div role="group" aria-label={`${label}, ${e.question(index + 1)}`} className="question-editor">
              <TextInput
                label={`${e.question(index + 1)}: ${e.questionText}`}
                value={question.text}
                onChange={(value) => change((list) => void (list[index]!.text = value))}
                error={errorAt([...path, index, 'text'])}
                multiline
              />
              <SelectInput
                label={`${e.question(index + 1)}: ${e.questionKind}`}
                value={question.kind}
                options={kinds}
                onChange={(kind) => change((list) => void (list[index]!.kind = kind))}
              />
              <Button className="button button-danger" onPress={() => change((list) => void list.splice(index, 1))}>
                {e.removeQuestion(index + 1)}
              </Button>
            </div>
          </li>
        ))}
      </ol>
      <Button
        className="button"
        isDisabled={questions.length >= 30}
        onPress={() => change((list) => void list.push({ id: `${idPrefix}-q-${shortId()}`, kind: 'other', text: '' }))}
        aria-label={`${e.addQuestion} – ${label}`}
      >
        {e.addQuestion}
      </Button>
    </div>
  );
});

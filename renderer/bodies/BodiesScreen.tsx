import { useState } from 'react';
import { Button } from 'react-aria-components';
import { linkedKfGoalNumbers, type Body } from '../../shared/domain/body';
import { ConfirmDialog } from '../app/Dialogs';
import { deleteBody, readLogo, useBodies } from '../data/bodies';
import { useDatabase } from '../data/DatabaseProvider';
import { useI18n } from '../i18n/I18nProvider';
import { useAnnouncer } from '../stores/announcer';
import { useBodyDraft } from '../stores/bodyDraft';
import { BodyForm } from './BodyForm';

export function BodiesScreen() {
  const { messages } = useI18n();
  const b = messages.bodies;
  const bodies = useBodies();
  const database = useDatabase();
  const announce = useAnnouncer((state) => state.announce);
  const draft = useBodyDraft((state) => state.draft);
  const openDraft = useBodyDraft((state) => state.open);
  const closeDraft = useBodyDraft((state) => state.close);
  const [toDelete, setToDelete] = useState<Body | null>(null);

  const remove = async (body: Body) => {
    setToDelete(null);
    await deleteBody(database, body.id);
    if (draft?.bodyId === body.id) closeDraft();
    announce(b.deleted(body.name));
  };

  return (
    <>
      <h1>{b.title}</h1>
      <p className="lead">{b.intro}</p>
      {draft ? (
        <BodyForm key={draft.bodyId ?? 'new'} />
      ) : (
        <div className="toolbar">
          <Button
            className="button button-primary"
            onPress={() => openDraft({ bodyId: null, input: { name: '', kind: 'namnd', ownGoals: [] } })}
          >
            {b.add}
          </Button>
        </div>
      )}
      <section className="panel" aria-labelledby="body-list-title">
        <h2 id="body-list-title">{b.listTitle}</h2>
        {bodies?.length === 0 && <p className="empty">{b.empty}</p>}
        {bodies && bodies.length > 0 && (
          <ul className="card-list" aria-labelledby="body-list-title">
            {bodies.map((body) => {
              const linked = linkedKfGoalNumbers(body);
              return (
                <li key={body.id} className="card">
                  <div className="card-heading">
                    <h3>{body.name}</h3>
                    <span className="badge badge-quiet">{b.kinds[body.kind]}</span>
                  </div>
                  <p>{b.ownGoalCount(body.ownGoals.length)}</p>
                  <p>
                    {b.linked}: {linked.length > 0 ? b.linkedList(linked.join(', ')) : b.linkedNone}
                  </p>
                  <div className="actions">
                    <Button
                      className="button"
                      aria-label={b.actionOn(b.edit, body.name)}
                      onPress={() =>
                        void readLogo(database, body.id).then((logo) =>
                          openDraft({
                            bodyId: body.id,
                            input: { name: body.name, kind: body.kind, ownGoals: structuredClone(body.ownGoals), logo },
                          }),
                        )
                      }
                    >
                      {b.edit}
                    </Button>
                    <Button className="button button-danger" aria-label={b.actionOn(b.delete, body.name)} onPress={() => setToDelete(body)}>
                      {b.delete}
                    </Button>
                  </div>
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <ConfirmDialog
        isOpen={toDelete !== null}
        title={b.deleteTitle}
        confirmLabel={b.deleteConfirm}
        cancelLabel={b.cancel}
        onCancel={() => setToDelete(null)}
        onConfirm={() => toDelete && void remove(toDelete)}
      >
        {toDelete && <p>{b.deleteBody(toDelete.name)}</p>}
      </ConfirmDialog>
    </>
  );
}

import { Button, GridList, GridListItem, useDragAndDrop, type Key } from 'react-aria-components';
import { useI18n } from '../i18n/I18nProvider';
import { useAnnouncer } from '../stores/announcer';

export interface ReorderableItem {
  id: string;
  label: string;
}

/** The list with one element moved from one position to another. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const next = [...items];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved!);
  return next;
}

/**
 * An ordered list the user can rearrange by dragging a row (react-aria's drag and drop, which also
 * works from the keyboard and for screen readers) or with a row's move up / move down buttons.
 */
export function ReorderableList({
  label,
  items,
  onMove,
}: {
  label: string;
  items: readonly ReorderableItem[];
  onMove: (from: number, to: number) => void;
}) {
  const { messages } = useI18n();
  const e = messages.packageEditor;
  const announce = useAnnouncer((state) => state.announce);
  const indexOf = (key: Key) => items.findIndex((item) => item.id === key);

  const move = (from: number, to: number) => {
    if (from < 0 || to < 0 || to >= items.length || from === to) return;
    onMove(from, to);
    announce(e.moved(items[from]!.label, to + 1, items.length));
  };

  const { dragAndDropHooks } = useDragAndDrop({
    getItems: (keys) => [...keys].map((key) => ({ 'text/plain': items[indexOf(key)]?.label ?? '' })),
    onReorder: (event) => {
      const from = indexOf([...event.keys][0]!);
      const target = indexOf(event.target.key);
      const to = event.target.dropPosition === 'after' ? (from < target ? target : target + 1) : from < target ? target - 1 : target;
      move(from, to);
    },
  });

  return (
    <div className="reorderable">
      <GridList
        aria-label={e.order(label)}
        className="reorder-list"
        items={items}
        dragAndDropHooks={dragAndDropHooks}
        keyboardNavigationBehavior="tab"
      >
        {(item) => {
          const index = indexOf(item.id);
          return (
            <GridListItem id={item.id} textValue={item.label} className="reorder-item">
              <Button slot="drag" className="drag-handle">
                <span aria-hidden="true">⠿</span>
              </Button>
              <span className="reorder-label">
                {index + 1}. {item.label}
              </span>
              <Button
                className="icon-button"
                aria-label={e.moveUp(item.label)}
                isDisabled={index === 0}
                onPress={() => move(index, index - 1)}
              >
                <span aria-hidden="true">↑</span>
              </Button>
              <Button
                className="icon-button"
                aria-label={e.moveDown(item.label)}
                isDisabled={index === items.length - 1}
                onPress={() => move(index, index + 1)}
              >
                <span aria-hidden="true">↓</span>
              </Button>
            </GridListItem>
          );
        }}
      </GridList>
      <p className="field-hint">{e.orderHint}</p>
    </div>
  );
}

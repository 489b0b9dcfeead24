import type { AttachmentBlock, AttachmentModel } from '../../shared/attachment/attachmentModel';

/** One block as HTML; React escapes every text, so markup typed in a comment shows as typed. */
function Block({ block }: { block: AttachmentBlock }) {
  switch (block.kind) {
    case 'heading':
      return block.level === 1 ? <h3 className="preview-h1">{block.text}</h3> : <h4 className="preview-h2">{block.text}</h4>;
    case 'paragraph':
      return <p className={block.role === 'status' ? 'preview-text preview-status' : 'preview-text'}>{block.text}</p>;
    case 'list':
      return (
        <ul className="preview-list">
          {block.items.map((item, index) => (
            <li key={index} className="preview-text">
              {item}
            </li>
          ))}
        </ul>
      );
    case 'table':
      return (
        <table className="preview-table">
          <caption>{block.caption}</caption>
          <thead>
            <tr>
              {block.columns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {block.rows.map((row, rowIndex) => (
              <tr key={rowIndex}>
                {row.map((cell, cellIndex) => (
                  <td key={cellIndex}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
  }
}

/** The attachment exactly as the writers receive it: the same blocks, in the same order, as a page. */
export function AttachmentPreview({ model, label }: { model: AttachmentModel; label: string }) {
  return (
    <article className="preview" aria-label={label} lang={model.lang}>
      <p className="preview-header">{model.header}</p>
      {model.blocks.map((block, index) => (
        <Block key={index} block={block} />
      ))}
    </article>
  );
}

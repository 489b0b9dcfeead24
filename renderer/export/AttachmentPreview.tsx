import type { AttachmentBlock, AttachmentModel } from '../../shared/attachment/attachmentModel';
import { CollapsibleText } from '../app/CollapsibleText';
import { dataUrlOf } from '../app/dataUrl';

/** One block as HTML; React escapes every text, so markup typed in a comment shows as typed. */
function Block({ block }: { block: AttachmentBlock }) {
  switch (block.kind) {
    case 'heading':
      return block.level === 1 ? <h3 className="preview-h1">{block.text}</h3> : <h4 className="preview-h2">{block.text}</h4>;
    case 'paragraph':
      return <CollapsibleText className={block.role === 'status' ? 'preview-text preview-status' : 'preview-text'} text={block.text} />;
    case 'list':
      return (
        <ul className="preview-list">
          {block.items.map((item, index) => (
            <CollapsibleText key={index} as="li" className="preview-text" text={item} />
          ))}
        </ul>
      );
    case 'chart':
      return (
        <figure className="preview-chart">
          <svg role="img" aria-label={block.description} viewBox={`0 0 100 ${block.bars.length * 8}`} preserveAspectRatio="none">
            {block.bars.map((bar, index) => (
              <rect key={index} x={0} y={index * 8 + 1} width={Math.max(0.3, Math.min(1, bar.share) * 100)} height={6} />
            ))}
          </svg>
          <ul className="preview-chart-labels">
            {block.bars.map((bar, index) => (
              <li key={index}>
                {bar.label}: {bar.value}
              </li>
            ))}
          </ul>
        </figure>
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
      {model.logo && <img className="preview-logo" src={dataUrlOf(model.logo)} alt={model.logo.altText} />}
      {model.blocks.map((block, index) => (
        <Block key={index} block={block} />
      ))}
    </article>
  );
}

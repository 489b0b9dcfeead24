import boldFontUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url';
import regularFontUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';
import type { AttachmentModel } from '../../shared/attachment/attachmentModel';
import type { PdfFonts, PdfResult } from '../../shared/attachment/attachmentPdf';

let fonts: Promise<PdfFonts> | undefined;

/** The bundled DejaVu fonts, fetched from the app's own origin the first time a PDF is made. */
function loadFonts(): Promise<PdfFonts> {
  const fetchBytes = async (url: string) => {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`Typsnittet kunde inte läsas: ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  };
  fonts ??= Promise.all([fetchBytes(regularFontUrl), fetchBytes(boldFontUrl)]).then(([regular, bold]) => ({ regular, bold }));
  fonts.catch(() => (fonts = undefined));
  return fonts;
}

/** pdfkit and its fonts load only when a PDF is asked for, so they stay out of the app's first load. */
export async function renderPdf(model: AttachmentModel): Promise<PdfResult> {
  const [{ attachmentToPdf }, loaded] = await Promise.all([import('../../shared/attachment/attachmentPdf'), loadFonts()]);
  return attachmentToPdf(model, loaded);
}

export async function renderDocx(model: AttachmentModel): Promise<Uint8Array> {
  const { attachmentToDocx } = await import('../../shared/attachment/attachmentDocx');
  return attachmentToDocx(model);
}

export async function renderParagraphDocx(model: AttachmentModel): Promise<Uint8Array> {
  const { paragraphToDocx } = await import('../../shared/decision/paragraphDocx');
  return paragraphToDocx(model);
}

import emojiFontUrl from '@expo-google-fonts/noto-emoji/400Regular/NotoEmoji_400Regular.ttf?url';
import devanagariFontUrl from '@fontsource/noto-sans-devanagari/files/noto-sans-devanagari-devanagari-400-normal.woff?url';
import ethiopicFontUrl from '@fontsource/noto-sans-ethiopic/files/noto-sans-ethiopic-ethiopic-400-normal.woff?url';
import boldFontUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url';
import regularFontUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';
import type { AttachmentModel } from '../../shared/attachment/attachmentModel';
import type { PdfModel, PdfResult } from '../../shared/attachment/attachmentPdf';
import type { PdfFonts } from '../../shared/attachment/pdfFontFiles';

/** The files of shared/attachment/pdfFontFiles.ts, as the bundle serves them: the body font, then the fallbacks in order. */
const fontUrls = { regular: regularFontUrl, bold: boldFontUrl, fallbacks: [emojiFontUrl, devanagariFontUrl, ethiopicFontUrl] };

let fonts: Promise<PdfFonts> | undefined;

/** The bundled fonts, fetched from the app's own origin the first time a PDF is made. */
function loadFonts(): Promise<PdfFonts> {
  const fetchBytes = async (url: string) => {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`Typsnittet kunde inte läsas: ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  };
  fonts ??= Promise.all([fontUrls.regular, fontUrls.bold, ...fontUrls.fallbacks].map(fetchBytes)).then(([regular, bold, ...fallbacks]) => ({
    regular: regular!,
    bold: bold!,
    fallbacks,
  }));
  fonts.catch(() => (fonts = undefined));
  return fonts;
}

/** pdfkit and its fonts load only when a PDF is asked for, so they stay out of the app's first load. */
export async function renderPdf(model: PdfModel): Promise<PdfResult> {
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

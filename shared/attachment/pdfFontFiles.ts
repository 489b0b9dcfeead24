/**
 * The fonts the PDF writers embed, as paths inside their npm packages, so Node (tests, `npm run export:sample`, the
 * coverage table's generator) and the renderer's bundle name the same files. DejaVu Sans is the body font: every
 * Swedish letter, Greek, Cyrillic, Hebrew and Arabic. The fallbacks draw what it lacks, each small: Noto Emoji
 * (monochrome outlines, as PDF/A wants), Noto Sans Devanagari and Noto Sans Ethiopic (Tigrinya, Amharic).
 * WOFF rather than WOFF2: fontkit cannot subset WOFF2's transformed glyph table, and draws nothing
 * from it. Chinese, Japanese and Korean would need fonts of many megabytes each: those characters are named on the
 * export screen instead.
 */
export const pdfFontFiles = {
  regular: 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf',
  bold: 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf',
  fallbacks: [
    '@expo-google-fonts/noto-emoji/400Regular/NotoEmoji_400Regular.ttf',
    '@fontsource/noto-sans-devanagari/files/noto-sans-devanagari-devanagari-400-normal.woff',
    '@fontsource/noto-sans-ethiopic/files/noto-sans-ethiopic-ethiopic-400-normal.woff',
  ],
} as const;

/** The fonts' bytes, in the order of `pdfFontFiles`. */
export interface PdfFonts {
  regular: Uint8Array;
  bold: Uint8Array;
  /** Drawn from, in order, where the body font lacks a character; none, and such characters become U+FFFD. */
  fallbacks?: readonly Uint8Array[];
}

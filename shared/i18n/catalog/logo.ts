import { bilingual } from '../bilingual';

/** The letterhead logo in the body profile: choosing, describing and removing it. */
export const logoText = bilingual(
  {
    title: 'Logotyp i brevhuvudet',
    intro:
      'Logotypen visas överst i protokollsbilagans PDF- och Word-fil, ovanför kommunens och nämndens namn. PNG eller JPEG, högst 1 MB.',
    choose: 'Välj logotyp …',
    replace: 'Byt logotyp …',
    remove: 'Ta bort logotypen',
    none: 'Ingen logotyp är vald.',
    altText: 'Alternativ text för logotypen',
    altTextHint: 'Det som en skärmläsare läser upp i stället för bilden, till exempel ”Vaggeryds kommuns logotyp”.',
    defaultAltText: (genitive: string) => `${genitive} logotyp`,
    previewLabel: 'Förhandsvisning av logotypen',
    chosen: (fileName: string) => `Logotypen ${fileName} är vald. Den sparas när du sparar profilen.`,
    removed: 'Logotypen är borttagen. Ändringen sparas när du sparar profilen.',
    issues: {
      logoTooLarge: (megabytes: number) => `Filen är för stor: en logotyp får vara högst ${megabytes} MB. Ingen logotyp har sparats.`,
      logoNotImage: 'Filen är inte en PNG- eller JPEG-bild. Välj logotypen som PNG eller JPEG. Ingen logotyp har sparats.',
      logoDamaged: 'Bilden kunde inte läsas: filen verkar vara skadad. Ingen logotyp har sparats.',
      logoUnreadable: 'Filen kunde inte läsas. Ingen logotyp har sparats.',
      logoInterlaced:
        'Bilden är en sammanflätad (interlaced) PNG, som inte kan bäddas in i bilagan. Spara den utan sammanflätning eller som JPEG och välj den igen. Ingen logotyp har sparats.',
    },
  },
  {
    title: 'Logo in the letterhead',
    intro:
      'The logo is shown at the top of the minutes attachment’s PDF and Word file, above the municipality’s and board’s names. PNG or JPEG, at most 1 MB.',
    choose: 'Choose a logo …',
    replace: 'Change the logo …',
    remove: 'Remove the logo',
    none: 'No logo is chosen.',
    altText: 'Alternative text for the logo',
    altTextHint: 'What a screen reader reads out instead of the image, for example “Vaggeryd Municipality’s logo”.',
    defaultAltText: (genitive: string) => `${genitive} logo`,
    previewLabel: 'Preview of the logo',
    chosen: (fileName: string) => `The logo ${fileName} is chosen. It is stored when you save the profile.`,
    removed: 'The logo is removed. The change is stored when you save the profile.',
    issues: {
      logoTooLarge: (megabytes: number) => `The file is too large: a logo can be at most ${megabytes} MB. No logo has been stored.`,
      logoNotImage: 'The file is not a PNG or JPEG image. Choose the logo as PNG or JPEG. No logo has been stored.',
      logoDamaged: 'The image could not be read: the file seems to be damaged. No logo has been stored.',
      logoUnreadable: 'The file could not be read. No logo has been stored.',
      logoInterlaced:
        'The image is an interlaced PNG, which cannot be embedded in the attachment. Save it without interlacing or as JPEG and choose it again. No logo has been stored.',
    },
  },
);

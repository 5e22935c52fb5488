/**
 * The fonts a page test of a script's layout needs, from node_modules (netreach-cli's dependencies, the fonts its PNGs
 * are drawn with): a test machine may have no Persian or Nastaliq font, and its fallback's metrics are not the
 * script's. Nastaliq above all: Noto Nastaliq Urdu rises 1.9 em above its baseline, where a fallback naskh rises
 * about 1.
 */
const FILES = {
  Vazirmatn: {
    400: '/node_modules/vazirmatn/fonts/ttf/Vazirmatn-Regular.ttf',
    600: '/node_modules/vazirmatn/fonts/ttf/Vazirmatn-SemiBold.ttf',
    700: '/node_modules/vazirmatn/fonts/ttf/Vazirmatn-Bold.ttf',
  },
  'Noto Nastaliq Urdu': {
    400: '/node_modules/@expo-google-fonts/noto-nastaliq-urdu/400Regular/NotoNastaliqUrdu_400Regular.ttf',
    600: '/node_modules/@expo-google-fonts/noto-nastaliq-urdu/600SemiBold/NotoNastaliqUrdu_600SemiBold.ttf',
    700: '/node_modules/@expo-google-fonts/noto-nastaliq-urdu/700Bold/NotoNastaliqUrdu_700Bold.ttf',
  },
} as const;

/** Adds `family`'s weights to the document's fonts, loaded (once per page). Returns a CSS font-family value. */
export async function loadFont(family: keyof typeof FILES): Promise<string> {
  const loaded = [...document.fonts].filter((face) => face.family === family || face.family === `"${family}"`);
  if (loaded.length === 0) {
    const faces = Object.entries(FILES[family]).map(([weight, url]) => new FontFace(family, `url(${url})`, { weight }));
    for (const face of faces) document.fonts.add(face);
    await Promise.all(faces.map((face) => face.load()));
  }
  return `'${family}', sans-serif`;
}

// ASCII folding of names ("Sébastien Lecornu" -> "Sebastien Lecornu"), because news copy often drops diacritics.

/** Letters that NFD does not decompose into a base letter plus marks. */
const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  ı: 'i',
  İ: 'I',
  ø: 'o',
  Ø: 'O',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  ß: 'ss',
};

/** The name with diacritics removed; returns the input unchanged when it is already plain ASCII. */
export function foldDiacritics(name: string): string {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(name)) return name;
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[ıİøØłŁđĐðæÆœß]/g, (ch) => SPECIAL_LETTERS[ch] ?? ch);
}

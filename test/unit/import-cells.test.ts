import { expect } from '@open-wc/testing';
import { columnLetter, HEADER_NAMES, headerRole } from '../../src/import/headers.js';
import { parseNumberCell, parseYearCell } from '../../src/import/numbers.js';
import { decodeSheet, detectDelimiter, readSheet } from '../../src/import/sheet.js';
import { asciiDigits, editDistance, foldKey, lightFold, slug, wordSetKey } from '../../src/import/text.js';

const value = (cell: string, decimal?: 'dot' | 'comma') => {
  const parsed = parseNumberCell(cell, decimal);
  return parsed.kind === 'number' ? parsed.value : parsed.kind;
};

describe('import: folding text', () => {
  it('erases case, Latin diacritics, punctuation, "the" and "and"', () => {
    expect(foldKey('Côte d’Ivoire')).to.equal(foldKey("COTE D'IVOIRE"));
    expect(foldKey('The Gambia')).to.equal(foldKey('Gambia'));
    expect(foldKey('Bosnia & Herzegovina')).to.equal(foldKey('Bosnia and Herzegovina'));
    expect(foldKey('St. Lucia')).to.equal(foldKey('Saint Lucia'));
    expect(foldKey('Kırgızistan')).to.equal(foldKey('Kirgizistan'));
    expect(foldKey('İran')).to.equal(foldKey('iran'));
  });

  it('erases Arabic letter variants, vowel marks, tatweel, ZWNJ and bidi marks', () => {
    expect(foldKey('ايران')).to.equal(foldKey('ایران')); // Arabic and Persian yeh
    expect(foldKey('كويت')).to.equal(foldKey('کویت')); // Arabic and Persian kaf
    expect(foldKey('عُمان')).to.equal(foldKey('عمان')); // damma
    expect(foldKey('الإمارات')).to.equal(foldKey('الامارات')); // hamza under alef
    expect(foldKey('سرزمین‌های فلسطینی')).to.equal(foldKey('سرزمینهای فلسطینی')); // ZWNJ
    expect(foldKey('\u200fایران\u200f')).to.equal(foldKey('ایران')); // RLM
    expect(foldKey('مصـــر')).to.equal(foldKey('مصر')); // tatweel
  });

  it('keeps the marks that are letters in other scripts', () => {
    expect(foldKey('टोगो')).not.to.equal(foldKey('टोंगा')); // Togo, Tonga in Hindi
  });

  it('compares words in any order, and tells "as written" from "folded"', () => {
    expect(wordSetKey('Korea, Republic of')).to.equal(wordSetKey('Republic of Korea'));
    expect(lightFold('  Côte   d’Ivoire ')).to.equal("côte d'ivoire");
    expect(lightFold('Cote d’Ivoire')).not.to.equal(lightFold('Côte d’Ivoire'));
  });

  it('turns Persian and Arabic-Indic digits into ASCII digits', () => {
    expect(asciiDigits('۱۲۳۴۵۶۷۸۹۰ ١٢٣٤٥٦٧٨٩٠')).to.equal('1234567890 1234567890');
  });

  it('makes ids from headers', () => {
    expect(slug('Virtual students')).to.equal('virtual-students');
    expect(slug('Asia & Pacific')).to.equal('asia-pacific');
    expect(slug('Étudiants (2021)')).to.equal('etudiants-2021');
    expect(slug('دانشجویان')).to.equal('');
  });

  it('counts edits, transpositions included, and stops past the limit', () => {
    expect(editDistance('afganistan', 'afghanistan', 2)).to.equal(1);
    expect(editDistance('malaysai', 'malaysia', 2)).to.equal(1);
    expect(editDistance('iran', 'iraq', 2)).to.equal(1);
    expect(editDistance('pakistan', 'kazakhstan', 2)).to.equal(3); // limit + 1
    expect(editDistance('abc', 'abcdefgh', 2)).to.equal(3);
  });
});

describe('import: numbers', () => {
  it('reads plain numbers and thousands separators', () => {
    expect(value('1234')).to.equal(1234);
    expect(value('1,234,567')).to.equal(1234567);
    expect(value('1,234.5')).to.equal(1234.5);
    expect(value('12.5')).to.equal(12.5);
    expect(value(' 30 000 ')).to.equal(30000);
    expect(value('30\u202f000')).to.equal(30000); // narrow no-break space, as French writes it
    expect(value("1'234'567")).to.equal(1234567);
    expect(value('+5')).to.equal(5);
  });

  it('reads Persian and Arabic digits and separators', () => {
    expect(value('۱۲۰۰۰')).to.equal(12000);
    expect(value('۱۲٬۰۰۰')).to.equal(12000);
    expect(value('٣٠٬٠٠٠٬٠٠٠')).to.equal(30000000);
    expect(value('۲٫۵')).to.equal(2.5);
    expect(value('٢٫٥', 'comma')).to.equal(2.5); // ٫ is a decimal mark whatever the option
    expect(value('\u200f۱۲۰\u200f')).to.equal(120);
  });

  it('reads a comma as the decimal mark when told to', () => {
    expect(value('1.234.567', 'comma')).to.equal(1234567);
    expect(value('1.234,5', 'comma')).to.equal(1234.5);
    expect(value('12,5', 'comma')).to.equal(12.5);
    expect(value('1 234,5', 'comma')).to.equal(1234.5);
  });

  it('words its advice to switch the decimal mark as it is told (the configurator names its field)', () => {
    const hint = (option: string, value?: string) => `<${option}=${value}>`;
    expect(parseNumberCell('12,5', 'dot', hint)).to.deep.equal({
      kind: 'invalid',
      reason: 'is written with "," as the decimal mark: import with <decimal=comma>',
    });
    expect(parseNumberCell('1.234', 'dot', hint)).to.include({
      note: 'read as 1.234, with "." as the decimal mark; if it means 1234, import with <decimal=comma>',
    });
  });

  it('refuses a number written with the other decimal mark, saying which option reads it', () => {
    const comma = parseNumberCell('12,5');
    expect(comma).to.deep.equal({ kind: 'invalid', reason: 'is written with "," as the decimal mark: import with --decimal comma' });
    expect(parseNumberCell('1.234.567').kind).to.equal('invalid');
    expect(parseNumberCell('1,234.5', 'comma').kind).to.equal('invalid');
    expect(parseNumberCell('1,23,456').kind).to.equal('invalid'); // groups of three or nothing
  });

  it('reads "1.234" as a decimal with a note, since it may be a thousands separator', () => {
    const parsed = parseNumberCell('1.234');
    expect(parsed.kind === 'number' && parsed.value).to.equal(1.234);
    expect(parsed.kind === 'number' && parsed.note).to.equal(
      'read as 1.234, with "." as the decimal mark; if it means 1234, import with --decimal comma',
    );
    const mirrored = parseNumberCell('1,234', 'comma');
    expect(mirrored.kind === 'number' && mirrored.note).to.match(/if it means 1234, import with --decimal dot/);
    const plain = parseNumberCell('1,234');
    expect(plain.kind === 'number' && plain.note).to.equal(undefined);
    const leadingZero = parseNumberCell('0.125');
    expect(leadingZero.kind === 'number' && leadingZero.note).to.equal(undefined);
  });

  it('makes an empty cell "no data" and text, percentages and negative numbers problems', () => {
    expect(parseNumberCell('')).to.deep.equal({ kind: 'empty' });
    expect(parseNumberCell('   ')).to.deep.equal({ kind: 'empty' });
    expect(parseNumberCell('about 300')).to.deep.equal({ kind: 'invalid', reason: 'is not a number' });
    expect(parseNumberCell('12%')).to.deep.equal({ kind: 'invalid', reason: 'is not a number' });
    expect(parseNumberCell('n/a')).to.deep.equal({ kind: 'invalid', reason: 'is not a number' });
    expect(parseNumberCell('-5')).to.deep.equal({ kind: 'invalid', reason: 'is negative' });
    expect(value('0')).to.equal(0);
  });

  it('reads years, in any digits', () => {
    expect(parseYearCell('2021')).to.deep.equal({ kind: 'year', value: 2021 });
    expect(parseYearCell('۲۰۲۱')).to.deep.equal({ kind: 'year', value: 2021 });
    expect(parseYearCell('')).to.deep.equal({ kind: 'empty' });
    expect(parseYearCell('2021-05').kind).to.equal('invalid');
  });
});

describe('import: headers and sheets', () => {
  it('recognises headers in English, French, Persian, Arabic and Turkish', () => {
    const cases: [string, string | undefined][] = [
      ['Country', 'country'],
      ['COUNTRY:', 'country'],
      ['Pays', 'country'],
      ['کشور', 'country'],
      ['كشور', 'country'],
      ['الدولة', 'country'],
      ['Ülke', 'country'],
      ['name', 'countryName'],
      ['Region', 'region'],
      ['منطقه', 'region'],
      ['المنطقة', 'region'],
      ['Bölge', 'region'],
      ['Member since', 'joined'],
      ['سال عضویت', 'joined'],
      ['سنة الانضمام', 'joined'],
      ['Katılım yılı', 'joined'],
      ['University', 'university'],
      ['دانشگاه', 'university'],
      ['الجامعة', 'university'],
      ['Üniversite', 'university'],
      ['City', 'city'],
      ['شهر', 'city'],
      ['Ville', 'city'],
      ['Website', 'url'],
      ['Universities', undefined], // a count: a metric
      ['دانشگاه‌ها', undefined],
      ['Virtual students', undefined],
    ];
    for (const [header, role] of cases) expect(headerRole(header), header).to.equal(role);
  });

  it("recognises the country, region and university headers of netreach's other UI languages, Spanish and German", () => {
    const cases: [string, string | undefined][] = [
      ['Negara', 'country'], // Malay, Indonesian
      ['ملک', 'country'], // Urdu
      ['দেশ', 'country'], // Bengali
      ['Страна', 'country'],
      ['Ölkə', 'country'],
      ['国家', 'country'],
      ['País', 'country'], // Portuguese, Spanish
      ['Land', 'country'], // German
      ['Wilayah', 'region'],
      ['خطہ', 'region'],
      ['অঞ্চল', 'region'],
      ['Регион', 'region'],
      ['Bölgə', 'region'],
      ['地区', 'region'],
      ['Região', 'region'],
      ['Tahun bergabung', 'joined'],
      ['Год вступления', 'joined'],
      ['Nama universiti', 'university'],
      ['یونیورسٹی', 'university'],
      ['Университет', 'university'],
      ['Universidade', 'university'],
      ['Universität', 'university'],
      ['Город', 'city'],
      ['Situs web', 'url'],
      // Counts: metrics. Malay, Indonesian and Chinese write one word for a university and universities.
      ['Universiti', undefined],
      ['Universitas', undefined],
      ['大学', undefined],
      ['Университеты', undefined],
      ['یونیورسٹیاں', undefined],
      ['Universidades', undefined],
      ['Universitäten', undefined],
      ['Pelajar', undefined],
      ['Студенты', undefined],
      ['طلباء', undefined],
    ];
    for (const [header, role] of cases) expect(headerRole(header), header).to.equal(role);
  });

  it('gives each header one role', () => {
    const roles = new Map<string, string>();
    for (const [role, names] of Object.entries(HEADER_NAMES)) {
      for (const name of names) {
        expect(roles.get(foldKey(name)) ?? role, name).to.equal(role);
        roles.set(foldKey(name), role);
      }
    }
  });

  it('names columns as spreadsheets do', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).to.deep.equal(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });

  it('detects tabs (pasted cells, TSV), semicolons (Excel in comma-decimal locales) and commas', () => {
    expect(detectDelimiter('Country\tStudents\nIran\t1,200')).to.equal('\t');
    expect(detectDelimiter('Pays;Étudiants\nIran;1,5')).to.equal(';');
    expect(detectDelimiter('Country,"Students; all"\n')).to.equal(',');
    expect(detectDelimiter('\n\nCountry;Students')).to.equal(';');
  });

  it('reads quoted and multi-line cells, skips blank rows, and numbers rows as the spreadsheet does', () => {
    const sheet = readSheet('\ufeff\nCountry,Note\r\n"Korea, Republic of","two\nlines"\r\n,\r\nIran,"say ""hi"""\r\n');
    expect(sheet.header).to.deep.equal(['Country', 'Note']);
    expect(sheet.rows).to.deep.equal([
      { row: 3, cells: ['Korea, Republic of', 'two\nlines'] },
      { row: 5, cells: ['Iran', 'say "hi"'] },
    ]);
  });

  it('undoes the apostrophe spreadsheets (and netreach’s CSV) put before formula-like cells', () => {
    expect(readSheet("region\n'-north\n'=x\n'ok").rows.map((row) => row.cells[0])).to.deep.equal(['-north', '=x', "'ok"]);
  });
});

describe('decodeSheet', () => {
  const bytes = (...values: number[]) => new Uint8Array(values);

  it('reads UTF-8, and UTF-16 with a byte order mark (Excel’s "Unicode text")', () => {
    expect(decodeSheet(new TextEncoder().encode('Pays\nCôte d’Ivoire'))).to.equal('Pays\nCôte d’Ivoire');
    // "Pé" in UTF-16 little- and big-endian, each after its byte order mark.
    expect(decodeSheet(bytes(0xff, 0xfe, 0x50, 0x00, 0xe9, 0x00))).to.equal('Pé');
    expect(decodeSheet(bytes(0xfe, 0xff, 0x00, 0x50, 0x00, 0xe9))).to.equal('Pé');
  });

  it('refuses bytes that are not UTF-8 (a Windows code page) rather than misreading names', () => {
    // "Côte" in Windows-1252.
    expect(() => decodeSheet(bytes(0x43, 0xf4, 0x74, 0x65))).to.throw(
      'not UTF-8 text: save it as "CSV UTF-8" (Excel) or with the UTF-8 character set (LibreOffice)',
    );
  });
});

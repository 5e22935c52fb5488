import '../helpers/all-languages.js';
import { expect } from '@open-wc/testing';
import { balanceBidi, continueIsolates, isolateValue, lineWords, splitIsolates } from '../../src/core/bidi.js';
import { msg } from '../../src/core/i18n.js';
import { renderSvg } from '../../src/static/index.js';
import { breakIdeographs, escapeXml, joinPieces, measureText, wrapText } from '../../src/static/svg.js';
import { wrapLines } from '../../src/scene/text.js';
import { validateDataset } from '../../src/core/validate.js';
import { CINVU } from '../../src/generated/cinvu.js';
import { growthText } from '../../src/core/growth.js';
import { defaultTrendMetric } from '../../src/core/trend-model.js';
import type { Dataset } from '../../src/core/types.js';

const FSI = '\u2068';
const PDI = '\u2069';
const LRI = '\u2066';
const RLO = '\u202e';

describe('balanceBidi', () => {
  it('drops embeddings and overrides, and PDIs that close nothing', () => {
    expect(balanceBidi(`a${RLO}b\u202ac\u202cd`)).to.equal('abcd');
    expect(balanceBidi(`${PDI}x${PDI}`)).to.equal('x');
  });

  it('keeps balanced isolates and closes those left open at the end', () => {
    expect(balanceBidi(`${FSI}x${PDI}`)).to.equal(`${FSI}x${PDI}`);
    expect(balanceBidi(`${LRI}x${FSI}y`)).to.equal(`${LRI}x${FSI}y${PDI}${PDI}`);
  });
});

describe('isolateValue', () => {
  it('isolates a value with letters written the other way than its sentence', () => {
    expect(isolateValue('CINVU (Public Relations)', true)).to.equal(`${FSI}CINVU (Public Relations)${PDI}`);
    expect(isolateValue('کتابخانه ملی', false)).to.equal(`${FSI}کتابخانه ملی${PDI}`);
  });

  it('leaves values of the sentence’s own direction, and Latin figures, as they are', () => {
    expect(isolateValue('کتابخانه ملی', true)).to.equal('کتابخانه ملی');
    expect(isolateValue('CINVU', false)).to.equal('CINVU');
    expect(isolateValue('۲۰۲۰', false)).to.equal(`${FSI}۲۰۲۰${PDI}`);
    expect(isolateValue('در ۲۰۲۰', true)).to.equal('در ۲۰۲۰');
  });

  it('sets no isolate around a list of names each isolated already, whose letters are all in their own', () => {
    // In one isolate more, which takes its direction from no letter of its own, a Persian line would list them left to right.
    const list = `${FSI}Virtual students${PDI}، ${FSI}CINVU (Public Relations)${PDI}`;
    expect(isolateValue(list, true)).to.equal(list);
    expect(isolateValue(`${FSI}کتابخانه ملی${PDI}, CINVU`, false)).to.equal(`${FSI}کتابخانه ملی${PDI}, CINVU`);
    // A letter of the other direction outside them still isolates the whole.
    expect(isolateValue(`${FSI}CINVU${PDI} and NUST`, true)).to.equal(`${FSI}${FSI}CINVU${PDI} and NUST${PDI}`);
    // Of an isolate inside another, the text after it counts: one isolate more than needed rather than one less.
    expect(isolateValue(`${LRI}${FSI}CINVU${PDI} x${PDI}`, true)).to.equal(`${FSI}${LRI}${FSI}CINVU${PDI} x${PDI}${PDI}`);
  });

  it('never lets a value’s own controls out', () => {
    expect(isolateValue(`${RLO}CINVU${LRI}`, true)).to.equal(`${FSI}CINVU${LRI}${PDI}${PDI}`);
  });
});

describe('continueIsolates', () => {
  it('opens again, at the start of each line, the isolates the lines before it left open', () => {
    expect(continueIsolates([`a ${FSI}b (c`, `d)${PDI} e`, 'f'])).to.deep.equal([`a ${FSI}b (c`, `${FSI}d)${PDI} e`, 'f']);
    expect(continueIsolates([`${FSI}a ${LRI}b`, 'c', `d${PDI}${PDI}`])).to.deep.equal([
      `${FSI}a ${LRI}b`,
      `${FSI}${LRI}c`,
      `${FSI}${LRI}d${PDI}${PDI}`,
    ]);
  });
});

describe('splitIsolates', () => {
  const F = '\u2068';
  const P = '\u2069';
  it('leaves text without isolates as it is', () => {
    expect(splitIsolates('۲۲\u00a0میلیون در ۲۰۲۰.')).to.deep.equal(['۲۲\u00a0میلیون در ۲۰۲۰.']);
  });

  it('cuts out each isolated value with the brackets around it, then the punctuation after it', () => {
    const note = `در ۲۰۲۰ (${F}National Library (Public Relations)${P}) و ۲۰۲۱ (${F}CINVU${P}).`;
    expect(splitIsolates(note)).to.deep.equal([
      'در ۲۰۲۰ ',
      `(${F}National Library (Public Relations)${P})`,
      '',
      ' و ۲۰۲۱ ',
      `(${F}CINVU${P})`,
      '.',
      '',
    ]);
    expect(splitIsolates(note).join('')).to.equal(note);
  });

  it('takes a bracket only with its pair, and leaves an isolate inside another, or one not closed, in its text', () => {
    expect(splitIsolates(`“${F}ایران${P}”: x`)).to.deep.equal(['“', `${F}ایران${P}`, '”:', ' x']);
    expect(splitIsolates(`(${F}A${P} b`)).to.deep.equal(['(', `${F}A${P}`, '', ' b']);
    expect(splitIsolates(`x ${F}A ${F}ب${P} c${P}`)).to.deep.equal([`x ${F}A `, `${F}ب${P}`, '', ` c${P}`]);
    expect(splitIsolates(`a ${F}b`)).to.deep.equal([`a ${F}b`]);
  });
});

describe('lineWords', () => {
  const fitsIn = (chars: number) => (words: string) => words.length <= chars;

  it('cuts a text at its spaces, keeping an isolated value with its brackets and punctuation as one word', () => {
    const text = `در ۲۰۲۱ (${FSI}CINVU (Public Relations)${PDI}).`;
    expect(lineWords(text, fitsIn(80))).to.deep.equal(['در', '۲۰۲۱', `(${FSI}CINVU (Public Relations)${PDI}).`]);
    expect(lineWords(`a ${FSI}b c${PDI}, d`, fitsIn(80))).to.deep.equal(['a', `${FSI}b c${PDI},`, 'd']);
  });

  it('cuts a value at its spaces when it does not fit on a line, and leaves a text without isolates as it was', () => {
    const text = `x (${FSI}CINVU (Public Relations)${PDI}).`;
    expect(lineWords(text, fitsIn(10))).to.deep.equal(['x', `(${FSI}CINVU`, '(Public', `Relations)${PDI}).`]);
    expect(lineWords('  one two\tthree ', fitsIn(1))).to.deep.equal(['one', 'two', 'three']);
  });

  it('never cuts at a no-break space: French "Sources : A ; B", "30 M", a figure space', () => {
    expect(lineWords('Sources\u00a0: A\u202f; B', fitsIn(1))).to.deep.equal(['Sources\u00a0:', 'A\u202f;', 'B']);
    expect(lineWords('30\u00a0M 1\u20072', fitsIn(1))).to.deep.equal(['30\u00a0M', '1\u20072']);
  });

  it('cuts at every space a text that has its stand-in for a kept space already', () => {
    expect(lineWords(`a\ue000b ${FSI}c d${PDI}`, fitsIn(80))).to.deep.equal(['a\ue000b', `${FSI}c`, `d${PDI}`]);
  });
});

describe('bidi in sentences and files', () => {
  const sources = {
    from: '۲۲\u00a0میلیون',
    fromWhen: 'در ۲۰۲۰',
    fromSource: 'National Library and Archives of Iran (Public Relations)',
    to: 'بیش از ۳۰\u00a0میلیون',
    toWhen: 'در ۲۰۲۱',
    toSource: 'CINVU (Public Relations)',
  };

  it('msg() isolates English values in a Persian sentence, and nothing in an English one', () => {
    const persian = msg('fa', 'growthComputed', sources);
    expect(persian).to.contain(`(${FSI}National Library and Archives of Iran (Public Relations)${PDI})`);
    expect(persian).to.contain(`(${FSI}CINVU (Public Relations)${PDI})`);
    expect(persian).to.contain('در ۲۰۲۰ (');
    const english = msg('en', 'growthComputed', { ...sources, from: '22M', fromWhen: 'in 2020', to: '30M+', toWhen: 'in 2021' });
    expect(english).not.to.match(/[\u2066-\u2069]/);
  });

  it('isolates the default data’s English publisher inside the brackets of a Persian or Arabic growth note, not in English', () => {
    // The trend's "computed from two figures" note, as a 320-pixel Persian page drew it (s41-11).
    const note = (locale: string) => growthText(CINVU as Dataset, defaultTrendMetric(CINVU as Dataset), locale)!.note;
    for (const locale of ['fa', 'ar']) {
      expect(note(locale), locale).to.contain(`(${FSI}CINVU [Public Relations]${PDI})`);
      expect(note(locale).split(FSI).length, locale).to.equal(note(locale).split(PDI).length);
    }
    expect(note('en')).to.contain('(CINVU [Public Relations])');
    expect(note('en')).not.to.match(/[\u2066-\u2069]/);
  });

  it('files keep a value whole on a line when it fits there', () => {
    const lines = wrapText(msg('fa', 'growthComputed', sources), 700, 20, 400, 3);
    expect(lines.length).to.be.greaterThan(1);
    for (const line of lines) expect(line.split(FSI).length, line).to.equal(line.split(PDI).length);
    expect(lines.some((line) => line.includes(`(${FSI}CINVU (Public Relations)${PDI}).`))).to.equal(true);
  });

  it('files keep a value’s isolate when a line breaks inside it', () => {
    // Narrower than "National Library and Archives of Iran (Public Relations)": the name has to break.
    const lines = wrapText(msg('fa', 'growthComputed', sources), 300, 20, 400, 6);
    expect(lines.length).to.be.greaterThan(1);
    for (const line of lines) expect(escapeXml(line), line).to.equal(escapeXml(balanceBidi(line)));
    const broken = lines.findIndex((line) => /\u2068[^\u2069]*$/.test(line));
    expect(broken, 'a line breaks inside an isolated value').to.be.at.least(0);
    expect(lines[broken + 1]!.startsWith(FSI)).to.equal(true);
  });

  it('keeps each English source name of a Persian file whole on a line where it fits', async () => {
    const markup = await renderSvg('trend', validateDataset(CINVU), { lang: 'fa', width: 1280, height: 720 });
    const lines = [...new DOMParser().parseFromString(markup, 'image/svg+xml').querySelectorAll('text')].map((text) => text.textContent!);
    const named = lines.filter((line) => line.includes('Public Relations'));
    expect(named.length, lines.join('\n')).to.be.at.least(2);
    // In the source line "(Public Relations)"; in a note, inside the note's own parentheses, "[Public Relations]".
    for (const line of named)
      expect(line, 'a name broken across lines').to.match(/(CINVU|Iran) (\(Public Relations\)|\[Public Relations\])/);
  });

  it('draws the brackets of an English source in a Persian file facing their words on every line', async () => {
    // A publisher's name longer than a line (made up for the test): it has to break, and the lines after it open
    // its isolate again.
    const long = structuredClone(validateDataset(CINVU));
    const nlai = long.sources.find((source) => source.publisher?.startsWith('National Library'))!;
    nlai.publisher = `National Library and Archives of the Islamic Republic of Iran, ${'Office of International Affairs, '.repeat(3)}(Public Relations)`;
    delete nlai.publishers; // its Persian name, which a Persian file would show instead
    const markup = await renderSvg('trend', validateDataset(long), { lang: 'fa', width: 1280, height: 720 });
    const host = document.importNode(new DOMParser().parseFromString(markup, 'image/svg+xml').documentElement, true);
    document.body.append(host);
    try {
      const texts = [...host.querySelectorAll<SVGTextElement>('text')].filter((text) => /[A-Za-z]/.test(text.textContent!));
      expect(
        texts.some((text) => /^\u202b\u2068/.test(text.textContent!)),
        'a line that continues an isolated source name (the case this test is about)',
      ).to.equal(true);
      let checked = 0;
      for (const text of texts) {
        const chars = [...text.textContent!];
        const x = (index: number) => text.getExtentOfChar(index).x;
        chars.forEach((char, index) => {
          if ((char === '(' || char === '[') && /[A-Za-z]/.test(chars[index + 1] ?? '')) {
            expect(x(index), `"${char}" before "${chars[index + 1]}" in ${text.textContent}`).to.be.below(x(index + 1));
            checked += 1;
          }
          if ((char === ')' || char === ']') && /[A-Za-z]/.test(chars[index - 1] ?? '')) {
            expect(x(index), `"${char}" after "${chars[index - 1]}" in ${text.textContent}`).to.be.above(x(index - 1));
            checked += 1;
          }
        });
      }
      expect(checked).to.be.at.least(6);
    } finally {
      host.remove();
    }
  });
});

describe('breakIdeographs', () => {
  const fitsIn = (count: number) => (text: string) => [...text].length <= count;

  it('breaks a line with no space between its ideographs, never before closing punctuation', () => {
    const heading = '科技合作常设委员会伊斯兰国家间虚拟大学网络：成员国';
    const lines = breakIdeographs(heading, fitsIn(20));
    expect(lines.join('')).to.equal(heading);
    expect(lines.every((line) => [...line].length <= 21)).to.equal(true);
    // "：" may not start a line: it stays with the ideograph before it.
    expect(lines.some((line) => line.startsWith('：'))).to.equal(false);
    expect(breakIdeographs('网络：成员国', fitsIn(2))).to.deep.equal(['网', '络：', '成员', '国']);
  });

  it('leaves a line that fits, or one without ideographs, as it is', () => {
    expect(breakIdeographs('成员国', fitsIn(3))).to.deep.equal(['成员国']);
    expect(breakIdeographs('Organisation of Islamic Cooperation', fitsIn(3))).to.deep.equal(['Organisation of Islamic Cooperation']);
    // Between Latin letters and digits there is no break; beside an ideograph there is, even one passed already.
    expect(breakIdeographs('2020年CINVU', fitsIn(4))).to.deep.equal(['2020', '年', 'CINVU']);
  });

  it('joins pieces as they stood: nothing between ideographs, a space otherwise', () => {
    expect(joinPieces('网络', '成员国')).to.equal('网络成员国');
    expect(joinPieces('National', 'Library')).to.equal('National Library');
    expect(joinPieces('', 'Library')).to.equal('Library');
  });

  it('keeps a Chinese panel heading and a file’s title within their width (wrapLines, wrapText)', () => {
    const heading = '科技合作常设委员会伊斯兰国家间虚拟大学网络：成员国';
    const measure = (text: string, size: number, weight?: number) => measureText(text, size, weight, 'zh');
    const width = measure(heading, 16, 700) * 0.8;
    const lines = wrapLines(heading, width, 16, measure, 700, breakIdeographs);
    // Without a breakLine (the page's scenes) the heading is one word: one line.
    expect(wrapLines(heading, width, 16, measure, 700)).to.have.length(1);
    expect(lines).to.have.length(2);
    for (const line of lines) expect(measure(line, 16, 700)).to.be.at.most(width);
    const title = wrapText(`${heading}${heading}${heading}`, width, 16, 700, 2, 'zh');
    expect(title).to.have.length(2);
    expect(title[1]).to.match(/…$/);
    for (const line of title) expect(measure(line, 16, 700)).to.be.at.most(width);
  });
});

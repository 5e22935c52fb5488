import { expect } from '@open-wc/testing';
import { csvCell, toCsv } from '../../src/core/csv.js';

describe('toCsv', () => {
  it('joins rows with CRLF and quotes cells that need it', () => {
    expect(
      toCsv([
        ['a', 'b, c'],
        [1, null],
      ]),
    ).to.equal('a,"b, c"\r\n1,\r\n');
    expect(csvCell('say "hi"')).to.equal('"say ""hi"""');
    expect(csvCell('two\nlines')).to.equal('"two\nlines"');
  });
  it('keeps numbers plain and drops non-finite ones', () => {
    expect(csvCell(30000000)).to.equal('30000000');
    expect(csvCell(0.5)).to.equal('0.5');
    expect(csvCell(Number.NaN)).to.equal('');
  });
  it('defuses cells a spreadsheet would run as formulas', () => {
    expect(csvCell('=HYPERLINK("http://x")')).to.equal(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+1')).to.equal("'+1");
    expect(csvCell('@SUM(A1)')).to.equal("'@SUM(A1)");
    expect(csvCell('-2')).to.equal("'-2");
  });
});

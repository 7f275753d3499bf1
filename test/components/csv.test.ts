import { expect } from '@open-wc/testing';
import { csvText } from '../../src/model/csv.js';

describe('csvText (RFC 4180)', () => {
  it('writes a header and records separated by commas, each ending in CRLF', () => {
    expect(csvText([['id', 'name'], ['a', 'Alpha'], ['b', 'Beta']])).to.equal('id,name\r\na,Alpha\r\nb,Beta\r\n');
  });

  it('quotes a field holding a comma, a quote, a line feed or a carriage return, and doubles its quotes', () => {
    const text = csvText([['Chip "Q", rev 2', 'two\nlines', 'carriage\rreturn', 'plain']]);
    expect(text).to.equal('"Chip ""Q"", rev 2","two\nlines","carriage\rreturn",plain\r\n');
  });

  it('writes numbers exactly as the engine\'s decimal strings, and nothing for an empty cell', () => {
    const pd = '6.043583535108958837772397094430992736077481840193704600484261501';
    expect(csvText([[{ number: '4992' }, { number: pd }, null, { number: '-192' }, { number: '1e-7' }]]))
      .to.equal(`4992,${pd},,-192,1e-7\r\n`);
  });

  it('prefixes text that a spreadsheet would run as a formula with a single quote, but never a number', () => {
    const cells = ['=HYPERLINK("http://x")', '+1', '-1', '@SUM(A1)', '\tcmd', '\rcmd', 'a=b', '3A090.a'];
    expect(csvText([cells])).to.equal([
      '"\'=HYPERLINK(""http://x"")"', "'+1", "'-1", "'@SUM(A1)", "'\tcmd", '"\'\rcmd"', 'a=b', '3A090.a',
    ].join(',') + '\r\n');
    expect(csvText([[{ number: '-1' }, { number: '+1' }]])).to.equal('-1,+1\r\n');
  });

  it('keeps text as it is otherwise, non-ASCII included', () => {
    expect(csvText([['GB/s/mm²', 'Note 2 to 3A090', "it's", '']])).to.equal("GB/s/mm²,Note 2 to 3A090,it's,\r\n");
  });
});

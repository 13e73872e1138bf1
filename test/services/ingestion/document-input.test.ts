import { checkDocumentInput, decodeUtf8 } from '../../../src/services/ingestion/document-input';

describe('checking a submitted report', () => {
  it('gives the same text the same id, whatever its title', () => {
    const a = checkDocumentInput({ title: 'A', text: '松江区与勐海县结对。' });
    const b = checkDocumentInput({ title: 'B', text: '松江区与勐海县结对。' });
    expect(a.id).toBe(b.id);
    expect(a.id).toMatch(/^doc-[0-9a-f]{16}$/);
  });

  it('normalises Windows line ends, so offsets are stable', () => {
    expect(checkDocumentInput({ title: 'A', text: '一\r\n二' }).text).toBe('一\n二');
  });

  it('refuses bytes that are not UTF-8, naming the file and how to convert it', () => {
    const gbk = Buffer.from([0xcb, 0xc9, 0xbd, 0xad]); // 松江 in GBK
    expect(() => decodeUtf8(gbk, 'report.txt')).toThrow(/report.txt is not UTF-8 text.*iconv/);
    expect(decodeUtf8(Buffer.from('\uFEFF松江', 'utf8'), 'x')).toBe('松江');
  });

  it.each(['2020', '2020-02', '2020-02-29', '2021-12-31'])('accepts the real date %s', (publishedAt) => {
    expect(checkDocumentInput({ title: 'A', text: '一', publishedAt }).publishedAt).toBe(publishedAt);
  });

  it.each(['2020-13-45', '2021-02-29', '2020-00', '2020-04-31', '20-01-01', '2020/01/01'])('refuses %s, which is no calendar date', (publishedAt) => {
    expect(() => checkDocumentInput({ title: 'A', text: '一', publishedAt })).toThrow(/"publishedAt" must be a real date/);
  });

  it.each(['javascript:alert(1)', 'data:text/html,<b>x</b>', 'ftp://example.org/a', 'not a url'])('refuses the url %s: only http and https', (url) => {
    expect(() => checkDocumentInput({ title: 'A', text: '一', url })).toThrow(/"url" must be an http or https address/);
  });

  it('keeps http and https addresses', () => {
    expect(checkDocumentInput({ title: 'A', text: '一', url: 'https://www.shsj.gov.cn/a.html' }).url).toBe('https://www.shsj.gov.cn/a.html');
  });

  it('strips control and format characters from the title and the publisher', () => {
    const checked = checkDocumentInput({ title: '松江\u0000区\u001b[31m帮扶\u202e', text: '一', publisher: '上海\u0007日报\n' });
    expect(checked.title).toBe('松江 区 [31m帮扶');
    expect(checked.publisher).toBe('上海 日报');
  });
});

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
});

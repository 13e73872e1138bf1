import { normaliseText, originalSpan, toSimplified } from '../../../src/extraction/normalise';

describe('normalise: what rules read, with the way back to the original', () => {
  it('reads traditional characters as simplified, one for one', () => {
    const original = '金楊新村街道從2017年起與烏達力克鎮結對';
    expect(toSimplified(original)).toBe('金杨新村街道从2017年起与乌达力克镇结对');
    expect(toSimplified(original)).toHaveLength(original.length);
  });

  it('reads full-width punctuation and digits as ASCII and drops spaces inside Chinese text and amounts', () => {
    const { text } = normaliseText('捐赠了帮扶资金 150 万元，用于２０１７年。嘉定区 华亭镇\u200b携手 ABC 公司');
    expect(text).toBe('捐赠了帮扶资金150万元,用于2017年。嘉定区华亭镇携手 ABC 公司');
  });

  it('drops the spaces a page puts around Chinese punctuation (纽带 , 上海市; 项目 。)', () => {
    expect(normaliseText('以协作为纽带 , 上海市普陀区投入 2000 万元 、 6个项目 。 与此同时').text).toBe('以协作为纽带,上海市普陀区投入2000万元、6个项目。与此同时');
  });

  it('keeps a space between two numbers, beside Latin letters and at the ends of a line', () => {
    expect(normaliseText(' 共 12 34 户,与 ABC 公司结对。 ').text).toBe(' 共12 34户,与 ABC 公司结对。 ');
  });

  it('drops the readings a mirror site writes after characters (下轄(xiá)), keeping brackets that are text', () => {
    const original = '奔赴日喀則市及其下轄(xiá)的江孜縣(海拔4050米)開展對口支援(Support)';
    const normalised = normaliseText(original);
    expect(normalised.text).toBe('奔赴日喀则市及其下辖的江孜县(海拔4050米)开展对口支援(Support)');
    const at = normalised.text.indexOf('江孜县');
    const span = originalSpan(normalised, at, at + 3);
    expect(original.slice(span.start, span.end)).toBe('江孜縣');
  });

  it('keeps the spaces of page furniture, where they part fields, and says which lines are furniture', () => {
    const n = normaliseText('中共文山州委 文山州人民政府主管 中共文山州委宣传部主办\n文山州及四个县召开联席会议');
    expect(n.text.split('\n')[0]).toBe('中共文山州委 文山州人民政府主管 中共文山州委宣传部主办');
    expect(n.lineKinds).toEqual(['furniture', 'text']);
  });

  it('maps a span of the normalised text back to the exact original characters', () => {
    const original = '向烏達力克鎮捐贈了幫扶資金 150 萬元，用於產業。';
    const n = normaliseText(original);
    const at = n.text.indexOf('150万元');
    const span = originalSpan(n, at, at + '150万元'.length);
    expect(original.slice(span.start, span.end)).toBe('150 萬元');
    const sentence = originalSpan(n, 0, n.text.length);
    expect(original.slice(sentence.start, sentence.end)).toBe(original);
  });
});

import { lineKind, sourceOf } from '../../../src/extraction/furniture';
import { splitSentences } from '../../../src/extraction/text';

describe('segment: page furniture and captions', () => {
  it.each([
    ['发布时间:2018-06-25 点击数: 来源:上海嘉定', 'furniture'],
    ['来源:东方网    时间:2024-10-06 21:33    阅读量:8631', 'furniture'],
    ['作者:车安达 王震宇 发布时间:2025年05月22日 06:28:06', 'furniture'],
    ['(责编:董志雯、轩召强)', 'furniture'],
    ['当前位置:首页 > 焦点 > 金山区党政代表团赴云南普洱考察', 'furniture'],
    ['首页 >> 拉祜资讯', 'furniture'],
    ['6e9d982a3ee34ecf97e56c7414d2a37e.png', 'furniture'],
    ['QQ截图20240826061003', 'furniture'],
    ['首页 国内 时评 党建 省情 文化 法治 原创', 'furniture'],
    ['中共红河州委宣传部主管 红河网版权所有', 'furniture'],
    ['分享让更多人看到', 'furniture'],
    ['图说:“百企结百村”结对精准扶贫行动动员会在静安区召开。静安区合作办 供图', 'caption'],
    ['图为,宁洱当地农民在晾晒玉米。 缪超 摄', 'caption'],
    ['2015年8月21日,松江援建的定日制氧厂里,工作人员正在生产车间忙碌。岳诚 摄', 'caption'],
    ['松江区与勐海县签订结对帮扶协议。', 'text'],
  ])('%s is %s', (line, kind) => {
    expect(lineKind(line)).toBe(kind);
  });

  it('gives sentences of furniture and captions their kind, and never joins them with the text', () => {
    const sentences = splitSentences('来源:上海嘉定 点击数:\n华亭镇与燕门乡结对,\n图为签约现场。张三 摄\n两地召开座谈会。');
    expect(sentences.map((s) => [s.kind, s.text])).toEqual([
      ['furniture', '来源:上海嘉定 点击数:'],
      ['prose', '华亭镇与燕门乡结对,'],
      ['caption', '图为签约现场。'],
      ['caption', '张三摄'],
      ['prose', '两地召开座谈会。'],
    ]);
  });

  it('reads the source a byline names (whose report it is, when no publisher was given)', () => {
    expect(sourceOf(['发布时间:2018-06-25 点击数: 来源:上海嘉定'])).toBe('上海嘉定');
  });

  it('keeps each piece of evidence an exact substring of the original, traditional script and spaces included', () => {
    const original = '金楊新村街道向烏達力克鎮捐贈了資金 150 萬元。';
    const [sentence] = splitSentences(original);
    expect(sentence.text).toBe('金杨新村街道向乌达力克镇捐赠了资金150万元。');
    expect(sentence.pieces[0].originalText).toBe(original);
    expect(original.slice(sentence.pieces[0].originalStart, sentence.pieces[0].originalStart + sentence.pieces[0].originalText.length)).toBe(original);
  });
});

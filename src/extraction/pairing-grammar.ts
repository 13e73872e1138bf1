import rules from './rules/pairing-constructions.json';
import { clausesOf, outerParties, type Clause, type SentenceView } from './sentence-view';
import { CUE, maskNames, type GrammarReading } from './pairing-clauses';
import { helpersChanged, orderedLists, reassigned, respective, scopeExtended, scopeIncluded, sinceClause } from './pairing-lists';
import { agreementTitle, counterpartOf, elidedSubject, helperAfterRelative, supportOf, symmetric, twoPlaces, underHelp, workAt } from './pairing-phrases';

export type { GrammarReading } from './pairing-clauses';

const FRAME = new RegExp(rules.frame, 'g');

/**
 * The constructions that state pairings between several parties at once, or with the helper and
 * the helped in an order the subject–verb–object rule (pairing.ts) cannot read:
 *
 * - respective-groups: `华亭镇与燕门乡、云岭乡,华亭村与查里通村,华旺社区与禹功村分别签订了结对协议`
 * - respective-lists: `虹口、长宁…6个区分别与果洛州玛沁、甘德…6个县结对` (the i-th with the i-th)
 * - ordered-lists: `南京东路街道、豫园街道结对威远镇和半坡乡` (as many on each side, in order)
 * - counterpart-of: `文山州…是静安区的对口扶贫地区`, `澜沧、景谷等一些黄浦对口支援地区`
 * - counterpart-relative: `感谢虹口区…对口帮扶的西畴、马关、丘北、富宁四个县`
 * - symmetric: `金杨新村街道从2017年起与乌达力克镇结对`, `Y与X签订结对帮扶协议`, `X—Y东西部协作联席会议`
 * - frame: `在徐汇区与萨迦县结对帮扶的总框架下` (read alone, its parties left out of the clause around it)
 * - under-help: `在普陀区的帮扶下,富宁县…`
 * - helper-after-relative: `对口支援景洪市人民医院的上海市第六人民医院`
 * - work-at: `上海市…援青干部来到果洛开展援青工作`
 *
 * Which party helps comes from the world (sides.ts), not from the word order. Each returns the
 * clauses it read, which the subject–verb–object rule then leaves alone.
 */
export function pairingConstructions(view: SentenceView): GrammarReading {
  const reading: GrammarReading = { pairings: [], read: [] };
  if (view.sentence.kind === 'heading' || view.sentence.kind === 'furniture') return reading;
  const named = outerParties(view.parties).filter((p) => p.kind !== 'project');
  const namesMasked = maskNames(view.text, named);
  // A frame (在X与Y结对帮扶的框架下) is read alone; the clause around it reads without it.
  const frames = framesOf(view.text);
  const framed = frames.flatMap((frame) => symmetric(view, frame, named, namesMasked) ?? []);
  const parties = named.filter((p) => !frames.some((f) => p.start >= f.start && p.end <= f.end));
  const clauses = clausesOf(view.text, CUE);
  const masked = frames.reduce((text, f) => text.slice(0, f.start) + '＊'.repeat(f.end - f.start) + text.slice(f.end), namesMasked);
  const taken = (c: Clause) => reading.read.some((r) => r.start < c.end && r.end > c.start);
  for (const [i, clause] of clauses.entries()) {
    if (taken(clause)) continue;
    const found =
      respective(view, clauses, i, parties, masked) ??
      counterpartOf(view, clauses, i, parties, masked) ??
      scopeExtended(view, clause, parties, masked) ??
      scopeIncluded(view, clause, parties, masked) ??
      agreementTitle(view, clause, parties, masked) ??
      twoPlaces(view, clause, parties, masked) ??
      reassigned(view, clause, parties, masked) ??
      helpersChanged(view, clause, parties, masked) ??
      supportOf(view, clause, parties, masked) ??
      underHelp(view, clauses, i, parties, masked) ??
      helperAfterRelative(view, clause, parties, masked) ??
      workAt(view, clause, parties, masked) ??
      sinceClause(view, clauses, i, parties, masked) ??
      orderedLists(view, clause, parties, masked) ??
      symmetric(view, clause, parties, masked) ??
      elidedSubject(view, clauses, i, parties, masked);
    if (found === undefined) continue;
    reading.pairings.push(...found.pairings);
    reading.read.push(...found.read);
  }
  for (const found of framed) {
    reading.pairings.push(...found.pairings);
    reading.read.push(...found.read);
  }
  return reading;
}

/** `在徐汇区与萨迦县结对帮扶的总框架下`: the frames of a sentence, each its inner text. */
function framesOf(text: string): Clause[] {
  return [...text.matchAll(FRAME)].map((m) => {
    const start = (m.index ?? 0) + 1;
    return { start, end: start + m[1].length, text: m[1] };
  });
}

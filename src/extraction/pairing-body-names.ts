import rules from './rules/pairing-constructions.json';
import { helps, modeOf, proseCandidate, type PairingCandidate } from './pairing';
import type { SentenceView } from './sentence-view';
import { periodOf } from './time';

const BODY_NAME = new RegExp(rules.bodyName);

/**
 * 上海市对口支援都江堰市灾后重建指挥部: a body named for a pairing states it. The helper is the last
 * place of the helping side written in the name before the verb, the helped the first place of the
 * other side after it; what the sentence says of the body is read by the other constructions.
 */
export function bodyNamePairings(view: SentenceView): PairingCandidate[] {
  const out: PairingCandidate[] = [];
  for (const body of view.orgs) {
    const verb = BODY_NAME.exec(body.written);
    if (verb === null) continue;
    const at = body.start + verb.index;
    const inside = view.parties.filter((p) => p.kind === 'area' && p.start >= body.start && p.end <= body.end);
    const helper = inside.filter((p) => p.end <= at && helps(p)).pop();
    const helped = inside.find((p) => p.start >= at + verb[0].length && !helps(p));
    if (helper === undefined || helped === undefined) continue;
    const mode = modeOf(body.written, '', view, helper, [helped]);
    out.push(proseCandidate(view, helper.ref, helped, mode, periodOf(view.text, at, view.docYear), at, 'body-name'));
  }
  return out;
}

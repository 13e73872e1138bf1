import { Logger } from '../../logger';
import { SearchKeysRepository } from '../../repositories/search-keys.repository';
import { PINYIN_KEYS_VERSION, pinyinKeys } from './pinyin-keys';

const PAGE = 20_000;

export interface PinyinKeysRefresh {
  version: string;
  /** False when the stored keys already had this version: nothing was read. */
  refreshed: boolean;
  /** Entities read, and those whose keys changed. */
  read: number;
  changed: number;
}

/**
 * Brings the pinyin keys stored on every entity (gazetteer areas and documents' entities alike)
 * to the current pinyinKeys, once per change of PINYIN_KEYS_VERSION: a graph built before a
 * place-name reading was added (闵行 min xing → min hang) is searched by the fixed keys after
 * the next start. Names are read page by page in id order and only changed keys are written;
 * the version is recorded last, so an interrupted refresh runs again in full. Idempotent and
 * safe beside ingestion, which writes keys with the same function.
 */
export async function refreshPinyinKeys(deps: { repository: SearchKeysRepository; logger: Logger }): Promise<PinyinKeysRefresh> {
  const { repository, logger } = deps;
  if ((await repository.version()) === PINYIN_KEYS_VERSION) return { version: PINYIN_KEYS_VERSION, refreshed: false, read: 0, changed: 0 };
  let read = 0;
  let changed = 0;
  for (let after = ''; ; ) {
    const page = await repository.page(after, PAGE);
    if (page.length === 0) break;
    read += page.length;
    after = page[page.length - 1].id;
    const stale = page.flatMap(({ id, name, pinyin, pinyinInitials }) => {
      if (name === null) return [];
      const keys = pinyinKeys(name);
      return keys.pinyin === pinyin && keys.pinyinInitials === pinyinInitials ? [] : [{ id, ...keys }];
    });
    if (stale.length > 0) await repository.setKeys(stale);
    changed += stale.length;
  }
  await repository.recordVersion(PINYIN_KEYS_VERSION, changed);
  if (read > 0) logger.info(`search keys: ${changed} of ${read} entities given the pinyin of keys version ${PINYIN_KEYS_VERSION}`);
  return { version: PINYIN_KEYS_VERSION, refreshed: true, read, changed };
}

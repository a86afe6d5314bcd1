import { pinyin } from 'pinyin-pro';

/**
 * The sort key of a Chinese name: its syllables in tone-less pinyin, separated by spaces, so names
 * sort as people look them up (万安县丰岭… before 万安县中合…: feng < zhong) rather than by code
 * point. PGlite has no ICU collations, so the key is computed here and stored beside the name, in
 * a `COLLATE "C"` column; both databases then order byte-wise and alike. Ties (homophones) fall
 * back to the name itself. Letters and digits in the name are kept, lower-cased, as they are.
 */
export function nameSortKeyOf(name: string): string {
  return pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
    .join(' ')
    .toLowerCase();
}

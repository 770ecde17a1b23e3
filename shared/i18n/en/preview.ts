/** The offline preview's own pages and HTTP answers, in English: same keys and signatures as the French file. */
import type { PreviewMessages } from '../fr/preview';

export const preview: PreviewMessages = {
  title: () => 'Citego — local preview',
  titleOf: (workbook) => `Citego — local preview of ${workbook}`,
  callRefused: () => 'Call refused',
  foreignHost: () => 'Address refused: open the preview at the address citego preview prints (127.0.0.1 or localhost).',
  notFound: () => 'Not found',
  requestTooLarge: () => 'Request too large',
};

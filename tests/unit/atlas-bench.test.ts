/** The atlas at the bench's size (scripts/bench/atlas.ts): 5 000 terms and 20 000 relations, coverage ≤ 3 s. */
import { timeAtlas } from '../../scripts/bench/atlas';

describe('the atlas at 5 000 terms and 20 000 relations', () => {
  it('computes its coverage within 3 s, cells read included, and its checks as well', () => {
    const r = timeAtlas();
    expect(r.coverageMs).toBeLessThan(3000);
    expect(r.checksMs).toBeLessThan(3000);
  });
});

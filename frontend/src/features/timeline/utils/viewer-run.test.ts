import { describe, expect, it } from 'vitest';
import { aPhoto } from '../../../test/photos';
import type { PhotoPage } from '../../photos/api/photos-api';
import { viewerRun } from './viewer-run';

function month(ids: string[], nextCursor: string | null = null): PhotoPage[] {
  return [{ items: ids.map((id) => aPhoto({ id })), nextCursor }];
}

const ids = (run: ReturnType<typeof viewerRun>) =>
  run?.photos.map((photo) => photo.id);

describe('viewerRun', () => {
  it('joins the loaded months around the open photo', () => {
    const months = [month(['a', 'b']), month(['c']), month(['d'])];

    expect(ids(viewerRun(months, 'c'))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('stops at a newer month not loaded to its end', () => {
    const months = [month(['a']), month(['b'], 'more'), month(['c'])];

    expect(viewerRun(months, 'c')).toMatchObject({ first: 2, last: 2 });
  });

  it('stops after a month not loaded to its end', () => {
    const months = [month(['a'], 'more'), month(['b'])];

    expect(ids(viewerRun(months, 'a'))).toEqual(['a']);
  });

  it('stops before a month not loaded at all', () => {
    const months = [month(['a']), undefined, month(['c'])];

    expect(viewerRun(months, 'a')).toMatchObject({ first: 0, last: 0 });
  });

  it('finds nothing for a photo no longer listed', () => {
    expect(viewerRun([month(['a'])], 'gone')).toBeUndefined();
  });
});

import { beforeEach, describe, expect, it, vi } from 'vitest';
import { configureApiClient } from '../../../lib/api-client';
import { stubXhr, type FakeUpload } from '../../../test/fake-xhr';
import { uploadPhoto } from '../../photos/api/photos-api';
import { UploadQueue } from './upload-queue';

function file(name: string, size = 1000): File {
  return new File([new Uint8Array(size)], name, { type: 'image/jpeg' });
}

async function sentCount(sent: FakeUpload[], count: number) {
  await vi.waitFor(() => expect(sent).toHaveLength(count));
}

describe('UploadQueue', () => {
  let sent: FakeUpload[];
  let uploaded: () => void;

  beforeEach(() => {
    sent = stubXhr();
    uploaded = vi.fn();
    configureApiClient({
      getAccessToken: async () => 'token-1',
      onUnauthorized: () => {},
    });
  });

  it('posts each file with the bearer token', async () => {
    const queue = new UploadQueue(uploadPhoto, uploaded);

    queue.add([file('a.jpg')]);

    await sentCount(sent, 1);
    expect(sent[0]).toMatchObject({
      method: 'POST',
      url: '/api/photos',
      fileName: 'a.jpg',
      headers: { Authorization: 'Bearer token-1' },
    });
  });

  it('reports the progress of each file and of the whole batch', async () => {
    const queue = new UploadQueue(uploadPhoto, uploaded);
    queue.add([file('a.jpg', 1000), file('b.jpg', 3000)]);
    await sentCount(sent, 2);

    sent[0]!.progress(50, 100);
    sent[1]!.progress(25, 100);

    const snapshot = queue.getSnapshot();
    expect(snapshot.items.map((item) => [item.status, item.sent])).toEqual([
      ['uploading', 500],
      ['uploading', 750],
    ]);
    expect(snapshot).toMatchObject({ sent: 1250, size: 4000, active: true });
  });

  it('sends at most two files at a time', async () => {
    const queue = new UploadQueue(uploadPhoto, uploaded);
    queue.add([file('a.jpg'), file('b.jpg'), file('c.jpg')]);
    await sentCount(sent, 2);

    expect(queue.getSnapshot().items[2]!.status).toBe('queued');
    sent[0]!.respond(201, { id: 'a' });

    await sentCount(sent, 3);
    expect(sent[2]!.fileName).toBe('c.jpg');
  });

  it('reports a refused file and carries on with the others', async () => {
    const queue = new UploadQueue(uploadPhoto, uploaded, 1);
    queue.add([file('notes.jpg'), file('b.jpg')]);
    await sentCount(sent, 1);

    sent[0]!.respond(
      415,
      { status: 415, detail: 'Only JPEG and PNG images are accepted.' },
      'application/problem+json',
    );
    await sentCount(sent, 2);
    sent[1]!.respond(201, { id: 'b' });

    await vi.waitFor(() => expect(queue.getSnapshot().active).toBe(false));
    expect(queue.getSnapshot().items).toMatchObject([
      {
        fileName: 'notes.jpg',
        status: 'failed',
        error: 'Only JPEG and PNG images are accepted.',
      },
      { fileName: 'b.jpg', status: 'done', sent: 1000 },
    ]);
    expect(uploaded).toHaveBeenCalledExactlyOnceWith({ id: 'b' });
  });

  it('reports a lost connection as a failure of that file', async () => {
    const queue = new UploadQueue(uploadPhoto, uploaded);
    queue.add([file('a.jpg')]);
    await sentCount(sent, 1);

    sent[0]!.fail();

    await vi.waitFor(() =>
      expect(queue.getSnapshot().items[0]!.error).toMatch(/cannot be reached/),
    );
  });

  it('forgets finished files when cleared', async () => {
    const queue = new UploadQueue(uploadPhoto, uploaded);
    queue.add([file('a.jpg')]);
    await sentCount(sent, 1);
    sent[0]!.respond(201, { id: 'a' });
    await vi.waitFor(() => expect(queue.getSnapshot().active).toBe(false));

    queue.clearFinished();

    expect(queue.getSnapshot()).toMatchObject({ items: [], size: 0 });
  });
});

import { beforeEach, describe, expect, it, vi } from 'vitest';
import { configureApiClient } from '../../../lib/api-client';
import { stubXhr, type FakeUpload } from '../../../test/fake-xhr';
import { uploadPhoto } from '../../photos/api/photos-api';
import { aPhoto } from '../../../test/photos';
import { QUOTA_MESSAGE, UploadQueue, type SendFile } from './upload-queue';

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
    const queue = new UploadQueue(uploadPhoto, uploaded, { concurrency: 1 });
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

  it('says the storage is full when the quota is exceeded', async () => {
    const queue = new UploadQueue(uploadPhoto, uploaded);
    queue.add([file('big.jpg')]);
    await sentCount(sent, 1);

    sent[0]!.respond(
      409,
      {
        type: 'https://photoapp.dev/problems/quota-exceeded',
        status: 409,
        detail: 'Quota of 1073741824 bytes exceeded.',
        usedBytes: 1_073_000_000,
        quotaBytes: 1_073_741_824,
      },
      'application/problem+json',
    );

    await vi.waitFor(() =>
      expect(queue.getSnapshot().items[0]).toMatchObject({
        status: 'failed',
        error: QUOTA_MESSAGE,
      }),
    );
    expect(QUOTA_MESSAGE).toMatch(/^Your storage is full/);
  });

  it('reports a photo the server already had as already in the library', async () => {
    const queue = new UploadQueue(uploadPhoto, uploaded);
    queue.add([file('again.jpg')]);
    await sentCount(sent, 1);

    sent[0]!.respond(200, { id: 'p1', duplicate: true });

    await vi.waitFor(() => expect(queue.getSnapshot().active).toBe(false));
    expect(queue.getSnapshot().items[0]).toMatchObject({ status: 'duplicate' });
    expect(uploaded).toHaveBeenCalledExactlyOnceWith({
      id: 'p1',
      duplicate: true,
    });
  });

  it('sends only the files the library does not know yet', async () => {
    const [known, fresh] = [file('known.jpg'), file('fresh.jpg')];
    const restore = vi.fn(async (id: string) => aPhoto({ id }));
    const queue = new UploadQueue(uploadPhoto, uploaded, {
      findKnown: async () => new Map([[known, 'p7']]),
      restore,
    });

    queue.add([known, fresh]);

    await sentCount(sent, 1);
    expect(sent[0]!.fileName).toBe('fresh.jpg');
    expect(queue.getSnapshot().items[0]).toMatchObject({
      fileName: 'known.jpg',
      status: 'duplicate',
    });
    expect(restore).toHaveBeenCalledExactlyOnceWith('p7');
  });

  it('uploads every file when the check fails', async () => {
    const queue = new UploadQueue(uploadPhoto, uploaded, {
      findKnown: async () => {
        throw new Error('offline');
      },
    });

    queue.add([file('a.jpg'), file('b.jpg')]);

    await sentCount(sent, 2);
  });

  it('shows a file as waiting while its upload waits for the network', async () => {
    let resume: (waiting: boolean) => void = () => {};
    let finish: () => void = () => {};
    const send: SendFile = (_file, _onProgress, onWaiting) =>
      new Promise((resolve) => {
        resume = onWaiting!;
        finish = () => resolve(aPhoto({ id: 'p1' }));
      });
    const queue = new UploadQueue(send, uploaded);
    queue.add([file('big.png')]);
    await vi.waitFor(() =>
      expect(queue.getSnapshot().items[0]!.status).toBe('uploading'),
    );

    resume(true);
    expect(queue.getSnapshot()).toMatchObject({
      items: [{ status: 'waiting' }],
      active: true,
    });
    resume(false);
    finish();

    await vi.waitFor(() =>
      expect(queue.getSnapshot().items[0]!.status).toBe('done'),
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

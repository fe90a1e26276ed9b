-- Blobs written for a photo that is not registered yet. A row that outlives its upload means the
-- process died in between; a sweeper removes the blobs of old rows.
create table storage.pending_upload (
    photo_id   uuid        primary key,
    owner_id   uuid        not null,
    created_at timestamptz not null
);

create index pending_upload_created_at_idx on storage.pending_upload (created_at);

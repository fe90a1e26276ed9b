-- A resumable upload in progress. Its chunks are staged blocks of the original's blob
-- ({owner_id}/{photo_id}/original), which stays uncommitted until the upload completes.
create table storage.upload_session (
    id               uuid        primary key,
    owner_id         uuid        not null,
    photo_id         uuid        not null unique,
    file_name        text        not null,
    size_bytes       bigint      not null,
    sha256           char(64)    not null,
    chunk_size       int         not null,
    chunk_count      int         not null,
    created_at       timestamptz not null,
    last_activity_at timestamptz not null,
    -- set while a completion runs, so that a second one waits its turn
    completing_since timestamptz
);

-- Counting an owner's open sessions, and finding sessions that went quiet.
create index upload_session_owner_idx on storage.upload_session (owner_id);
create index upload_session_activity_idx on storage.upload_session (last_activity_at);

-- One row per chunk staged; a chunk sent again replaces its block and keeps its row.
create table storage.upload_chunk (
    session_id uuid not null references storage.upload_session (id) on delete cascade,
    index      int  not null,
    primary key (session_id, index)
);

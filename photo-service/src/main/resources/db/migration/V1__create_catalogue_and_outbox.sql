create table photo (
    id           uuid primary key,
    owner_id     uuid        not null,
    file_name    text        not null,
    content_type text        not null,
    size_bytes   bigint      not null,
    sha256       char(64)    not null,
    width        int         not null,
    height       int         not null,
    taken_at     timestamptz,
    uploaded_at  timestamptz not null,
    -- coalesce(taken_at, uploaded_at), stored so the timeline index can serve the sort directly
    sort_at      timestamptz not null
);

-- Keyset pagination of one owner's timeline, newest first, id breaking ties.
create index photo_owner_timeline_idx on photo (owner_id, sort_at desc, id desc);

create table outbox_event (
    id           uuid primary key,
    topic        text        not null,
    message_key  text        not null,
    event_type   text        not null,
    -- text, not jsonb: the relay sends these exact bytes, and jsonb would reorder the keys
    payload      text        not null,
    created_at   timestamptz not null,
    published_at timestamptz,
    attempts     int         not null default 0,
    last_error   text
);

-- The relay only ever reads pending records, oldest first.
create index outbox_event_pending_idx on outbox_event (created_at, id) where published_at is null;

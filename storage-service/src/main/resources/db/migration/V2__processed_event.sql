-- Events whose effect is done, so that a redelivered or replayed event is skipped.
create table storage.processed_event (
    event_id     uuid        primary key,
    event_type   text        not null,
    processed_at timestamptz not null
);

create index processed_event_processed_at_idx on storage.processed_event (processed_at);

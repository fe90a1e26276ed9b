-- Events whose effect is done, so that a redelivered or replayed event is skipped.
create table processed_event (
    event_id     uuid        primary key,
    event_type   text        not null,
    processed_at timestamptz not null
);

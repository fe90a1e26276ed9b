-- Events waiting for the broker: written in the transaction that makes the change, sent by the relay.
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

create index outbox_event_pending_idx on outbox_event (created_at, id) where published_at is null;

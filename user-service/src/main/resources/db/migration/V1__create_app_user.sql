create table app_user (
    -- the owner id every service derives from the token: a name-based UUID of issuer and subject
    id           uuid primary key,
    issuer       text        not null,
    subject      text        not null,
    display_name text,
    email        text,
    quota_bytes  bigint      not null,
    created_at   timestamptz not null,
    unique (issuer, subject)
);

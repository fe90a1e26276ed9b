alter table photo
    -- EXIF OffsetTimeOriginal as written ('+02:00'); taken_at stays the UTC instant
    add column taken_at_offset text check (taken_at_offset ~ '^[+-][0-9]{2}:[0-9]{2}$'),
    add column camera_make     text,
    add column camera_model    text,
    add column latitude        double precision check (latitude between -90 and 90),
    add column longitude       double precision check (longitude between -180 and 180),
    -- false for formats kept as originals only, without thumbnail or preview
    add column derivatives     boolean not null default true,
    add column favourite       boolean not null default false,
    -- set while the photo is in the trash; the scheduled purge deletes it once the retention is over
    add column trashed_at      timestamptz,
    add constraint photo_location_complete check ((latitude is null) = (longitude is null));

-- Rows from before deduplication may hold the same bytes twice for one owner, which the unique index
-- below would refuse. The earliest upload stays; every other copy is purged the way a user's purge
-- does it, with a PhotoPurged event in this transaction so that storage-service deletes its blobs.
with duplicate as materialized (
    select id, owner_id, gen_random_uuid() as event_id
    from (select id, owner_id,
                 row_number() over (partition by owner_id, sha256 order by uploaded_at, id) as copy
          from photo) numbered
    where copy > 1
),
purged as (
    delete from photo where id in (select id from duplicate) returning id
)
insert into outbox_event (id, topic, message_key, event_type, payload, created_at)
select d.event_id, 'photo-events', d.owner_id::text, 'PhotoPurged',
       json_build_object('eventId', d.event_id, 'type', 'PhotoPurged', 'version', 1,
                         'occurredAt', to_char(now() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                         'payload', json_build_object('ownerId', d.owner_id, 'photoId', d.id))::text,
       now()
from duplicate d
join purged p on p.id = d.id;

-- Deduplication: one owner never holds the same bytes twice, trash included. The included columns
-- let the usage and quota sums read the index alone.
create unique index photo_owner_sha256_idx on photo (owner_id, sha256) include (size_bytes, trashed_at);

-- The timeline, its month counts and the favourites show only photos outside the trash.
drop index photo_owner_timeline_idx;
create index photo_owner_timeline_idx on photo (owner_id, sort_at desc, id desc) where trashed_at is null;
create index photo_owner_favourites_idx on photo (owner_id, sort_at desc, id desc)
    where favourite and trashed_at is null;

-- The trash listing, most recently trashed first.
create index photo_owner_trash_idx on photo (owner_id, trashed_at desc, id desc) where trashed_at is not null;

-- The scheduled purge across owners, oldest trashed first.
create index photo_trash_expiry_idx on photo (trashed_at) where trashed_at is not null;

-- Corruption and misconduct complaints (item O17), kept in confidence. What the complaint says,
-- who made it, the messages and the files are sealed by the station's key, which lives outside
-- the database: a copy of these tables alone holds nothing readable. Only what routing, deadlines
-- and the published statistics need is kept in the clear: the category, the unit named (never the
-- person), whether the commander is named, and the dates of each stage. No address or browser of
-- the person who sent it is kept anywhere.
create table complaint (
  id               uuid primary key,
  station_id       uuid not null references station (id),
  locator          varchar(8) not null unique,
  receipt_hash     varchar(200) not null,
  form_token       varchar(40) not null,
  received_at      timestamp with time zone not null,
  category         varchar(20) not null check (category in ('BRIBERY', 'ABUSE_OF_POWER', 'NEGLECT', 'MISCONDUCT', 'PROCUREMENT', 'OTHER')),
  named_unit_id    uuid references org_unit (id),
  commander_named  boolean not null,
  handled_by       varchar(7) not null check (handled_by in ('STATION', 'REGION')),
  stage            varchar(13) not null check (stage in ('RECEIVED', 'ACKNOWLEDGED', 'INVESTIGATING', 'CONCLUDED')),
  outcome          varchar(17) check (outcome in ('SUBSTANTIATED', 'NOT_SUBSTANTIATED', 'REFERRED', 'WITHDRAWN')),
  acknowledge_by   date not null,
  conclude_by      date not null,
  content          bytea not null,
  identity         bytea,
  version          int not null default 0,
  constraint complaint_form_token_uq unique (station_id, form_token)
);
create index complaint_station_idx on complaint (station_id, received_at);

-- Who handles each complaint: never anyone in the chain of command of the unit or person named.
create table complaint_handler (
  complaint_id  uuid not null references complaint (id),
  account_id    uuid not null references account (id),
  primary key (complaint_id, account_id)
);
create index complaint_handler_account_idx on complaint_handler (account_id);

-- Each stage a complaint reached and when, so that statistics as of any day come from the records.
create table complaint_stage (
  id            uuid primary key,
  complaint_id  uuid not null references complaint (id),
  station_id    uuid not null references station (id),
  reached_at    timestamp with time zone not null,
  stage         varchar(13) not null,
  outcome       varchar(17)
);
create index complaint_stage_idx on complaint_stage (station_id, complaint_id, reached_at);
create index complaint_stage_complaint_idx on complaint_stage (complaint_id, reached_at);

-- The conversation between the complainant, who has only their receipt, and the handling officers.
create table complaint_message (
  id            uuid primary key,
  complaint_id  uuid not null references complaint (id),
  station_id    uuid not null references station (id),
  written_at    timestamp with time zone not null,
  from_officer  boolean not null,
  body          bytea not null
);
create index complaint_message_idx on complaint_message (complaint_id, written_at);

-- Files given with a complaint, their metadata (GPS, author, device) removed before they are sealed.
create table complaint_file (
  id            uuid primary key,
  complaint_id  uuid not null references complaint (id),
  station_id    uuid not null references station (id),
  added_at      timestamp with time zone not null,
  from_officer  boolean not null,
  content_type  varchar(100) not null,
  size_bytes    bigint not null,
  name          bytea not null,
  content       bytea not null
);
create index complaint_file_idx on complaint_file (complaint_id, added_at);

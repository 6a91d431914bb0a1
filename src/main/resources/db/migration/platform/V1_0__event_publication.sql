-- Spring Modulith's event publication registry (v2 schema), in one dialect for PostgreSQL and H2.
create table event_publication (
  id                     uuid not null primary key,
  listener_id            varchar(512) not null,
  event_type             varchar(512) not null,
  serialized_event       varchar(10000) not null,
  publication_date       timestamp with time zone not null,
  completion_date        timestamp with time zone,
  status                 varchar(20),
  completion_attempts    int,
  last_resubmission_date timestamp with time zone
);
create index event_publication_by_completion_date_idx on event_publication (completion_date);

create table event_publication_archive (
  id                     uuid not null primary key,
  listener_id            varchar(512) not null,
  event_type             varchar(512) not null,
  serialized_event       varchar(10000) not null,
  publication_date       timestamp with time zone not null,
  completion_date        timestamp with time zone,
  status                 varchar(20),
  completion_attempts    int,
  last_resubmission_date timestamp with time zone
);
create index event_publication_archive_by_completion_date_idx on event_publication_archive (completion_date);

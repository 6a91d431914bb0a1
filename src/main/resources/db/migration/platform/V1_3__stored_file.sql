-- Metadata of uploaded files; the content itself is kept by its SHA-256 in the file store, once
-- however many rows name it. station_id has no foreign key: stations belong to another module.
create table stored_file (
  id            uuid not null primary key,
  station_id    uuid not null,
  sha256        char(64) not null,
  content_type  varchar(100) not null,
  size_bytes    bigint not null,
  original_name varchar(255) not null,
  file_use      varchar(20) not null,
  uploaded_at   timestamp with time zone not null,
  uploaded_by   varchar(255) not null
);
create index stored_file_by_station_idx on stored_file (station_id);
create index stored_file_by_sha256_idx on stored_file (sha256);

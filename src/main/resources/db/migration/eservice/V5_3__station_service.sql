-- The e-services a station offers (item O10): the national ones with the station's guide to each,
-- and other channels of its choice. Names of national services come from the messages, so their
-- columns stay empty.
create table station_service (
  id             uuid primary key,
  station_id     uuid not null references station (id),
  service_key    varchar(40) not null,
  position       int not null,
  address        varchar(500) not null,
  name_th        varchar(200),
  name_en        varchar(200),
  summary_th     varchar(600),
  summary_en     varchar(600),
  guide_th       varchar(8000) not null,
  guide_en       varchar(8000) not null,
  updated_at     timestamp with time zone not null,
  updated_by     varchar(64) not null,
  constraint station_service_key_uq unique (station_id, service_key)
);

-- Screenshots or pictures of a guide, each with a text alternative in both languages.
create table station_service_picture (
  id             uuid primary key,
  service_id     uuid not null references station_service (id) on delete cascade,
  station_id     uuid not null references station (id),
  file_id        uuid not null references stored_file (id),
  position       int not null,
  alt_th         varchar(300) not null,
  alt_en         varchar(300) not null
);
create index station_service_picture_service_idx on station_service_picture (service_id, position);

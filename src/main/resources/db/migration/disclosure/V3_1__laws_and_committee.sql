-- The laws the station enforces, by category (item O3), versioned like all published content.
create table disclosure_law (
  id             uuid primary key,
  station_id     uuid not null references station (id),
  fiscal_year    int not null,
  category       varchar(40) not null,
  title_th       varchar(300) not null,
  title_en       varchar(300) not null,
  url            varchar(500),
  essential      boolean not null,
  published_at   timestamp with time zone not null,
  published_by   varchar(64) not null,
  withdrawn_at   timestamp with time zone,
  withdrawn_by   varchar(64)
);
create index disclosure_law_station_year_idx on disclosure_law (station_id, fiscal_year);

-- Members of the police oversight committee (กต.ตร., item O4). A change withdraws the row and adds
-- a new one, so the page as it stood on a past day shows the members of that day.
create table committee_member (
  id             uuid primary key,
  station_id     uuid not null references station (id),
  fiscal_year    int not null,
  position       int not null,
  name_th        varchar(200) not null,
  name_en        varchar(200) not null,
  role_th        varchar(200) not null,
  role_en        varchar(200) not null,
  citizen        boolean not null,
  bio_th         varchar(2000) not null,
  bio_en         varchar(2000) not null,
  photo_file_id  uuid,
  published_at   timestamp with time zone not null,
  published_by   varchar(64) not null,
  withdrawn_at   timestamp with time zone,
  withdrawn_by   varchar(64)
);
create index committee_member_station_year_idx on committee_member (station_id, fiscal_year);

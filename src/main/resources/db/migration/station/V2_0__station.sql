-- Stations are the tenants: every other table carries a station_id.
create table station (
  id              uuid primary key,
  code            varchar(32) not null unique,
  name_th         varchar(200) not null,
  name_en         varchar(200) not null,
  short_name_th   varchar(100) not null,
  short_name_en   varchar(100) not null,
  province_th     varchar(100) not null,
  province_en     varchar(100) not null,
  police_region   int not null check (police_region between 1 and 9),
  address_th      varchar(500) not null,
  address_en      varchar(500) not null,
  phone           varchar(100) not null,
  email           varchar(200) not null,
  latitude        numeric(9, 6),
  longitude       numeric(9, 6),
  facebook_url    varchar(500),
  line_url        varchar(500),
  x_url           varchar(500),
  tiktok_url      varchar(500),
  instagram_url   varchar(500),
  youtube_url     varchar(500),
  demo            boolean not null default false,
  version         int not null default 0,
  created_at      timestamp with time zone not null
);

-- Organisation units (กลุ่มงาน / สายงาน) with their staffing, for O1 and O2.
create table org_unit (
  id                   uuid primary key,
  station_id           uuid not null references station (id),
  position             int not null,
  name_th              varchar(200) not null,
  name_en              varchar(200) not null,
  work_line            varchar(40),
  duties_th            varchar(2000) not null default '',
  duties_en            varchar(2000) not null default '',
  authorised_strength  int not null default 0 check (authorised_strength >= 0),
  actual_strength      int not null default 0 check (actual_strength >= 0),
  version              int not null default 0
);
create index org_unit_station_idx on org_unit (station_id);

-- Officers as the public sees them: rank, name, position, official phone. Nothing personal beyond that.
create table officer (
  id              uuid primary key,
  station_id      uuid not null references station (id),
  unit_id         uuid references org_unit (id),
  position        int not null,
  rank_th         varchar(100) not null,
  rank_en         varchar(100) not null,
  name_th         varchar(200) not null,
  name_en         varchar(200) not null,
  title_th        varchar(200) not null,
  title_en        varchar(200) not null,
  official_phone  varchar(50),
  executive       boolean not null default false,
  version         int not null default 0
);
create index officer_station_idx on officer (station_id);

-- Sign-in accounts. A station account has a station; a region administrator has a region instead.
create table account (
  id                   uuid primary key,
  station_id           uuid references station (id),
  police_region        int check (police_region between 1 and 9),
  username             varchar(64) not null unique,
  password_hash        varchar(200) not null,
  display_name         varchar(200) not null,
  roles                varchar(300) not null,
  enabled              boolean not null default true,
  failed_attempts      int not null default 0,
  locked_until         timestamp with time zone,
  created_at           timestamp with time zone not null,
  version              int not null default 0,
  constraint account_has_a_home check (station_id is not null or police_region is not null)
);
create index account_station_idx on account (station_id);

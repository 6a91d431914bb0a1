-- Case progress for the station's own cases: the case, its milestones, the station's own list of
-- milestones (none: the defaults in code), and what became of each milestone e-mail.
-- The access code is stored only as an HMAC keyed with a secret kept outside the database. The
-- citizen's e-mail address is the only personal data; it is deleted when the case is closed.
create table station_case (
  id             uuid primary key,
  station_id     uuid not null references station (id),
  case_number    varchar(80) not null,
  case_type      varchar(20) not null,
  officer_id     uuid references officer (id) on delete set null,
  target_days    integer not null check (target_days between 1 and 3650),
  code_hash      bytea not null,
  email          varchar(254),
  email_language varchar(2),
  registered_by  varchar(64) not null,
  registered_at  timestamp with time zone not null,
  closed_at      timestamp with time zone,
  unique (station_id, case_number)
);

create table case_milestone (
  id          uuid primary key,
  case_id     uuid not null references station_case (id) on delete cascade,
  kind        varchar(40) not null,
  name_th     varchar(200) not null,
  name_en     varchar(200) not null,
  reached_on  date not null,
  recorded_by varchar(64) not null,
  recorded_at timestamp with time zone not null
);
create index case_milestone_case on case_milestone (case_id, reached_on);

create table case_milestone_kind (
  station_id uuid not null references station (id),
  code       varchar(40) not null,
  position   integer not null,
  name_th    varchar(200) not null,
  name_en    varchar(200) not null,
  primary key (station_id, code)
);

-- One row per milestone e-mail: sent, not sent because no mail server is configured, or failed.
create table case_mail (
  id           uuid primary key,
  case_id      uuid not null references station_case (id) on delete cascade,
  milestone_id uuid not null references case_milestone (id) on delete cascade,
  outcome      varchar(20) not null,
  at           timestamp with time zone not null
);

-- Published content of the disclosure items. Rows are never deleted or rewritten: a change
-- withdraws the old row (withdrawn_at) and adds a new one, so every page can be shown as it
-- stood at any past instant: visible at T when published_at <= T and (withdrawn_at is null or withdrawn_at > T).

create table disclosure_document (
  id             uuid primary key,
  station_id     uuid not null references station (id),
  fiscal_year    int not null,
  item_code      varchar(4) not null,
  document_kind  varchar(80) not null,
  report_month   date,
  as_of          date,
  title_th       varchar(300) not null,
  title_en       varchar(300) not null,
  file_id        uuid not null,
  format         varchar(10) not null,
  published_at   timestamp with time zone not null,
  published_by   varchar(64) not null,
  withdrawn_at   timestamp with time zone,
  withdrawn_by   varchar(64)
);
create index disclosure_document_station_year_idx on disclosure_document (station_id, fiscal_year);

create table disclosure_news (
  id             uuid primary key,
  station_id     uuid not null references station (id),
  category       varchar(40) not null,
  happened_on    date not null,
  title_th       varchar(300) not null,
  title_en       varchar(300) not null,
  body_th        varchar(4000) not null,
  body_en        varchar(4000) not null,
  published_at   timestamp with time zone not null,
  published_by   varchar(64) not null,
  withdrawn_at   timestamp with time zone,
  withdrawn_by   varchar(64)
);
create index disclosure_news_station_idx on disclosure_news (station_id, happened_on);

create table disclosure_link (
  id             uuid primary key,
  station_id     uuid not null references station (id),
  link_kind      varchar(40) not null,
  url            varchar(500) not null,
  published_at   timestamp with time zone not null,
  published_by   varchar(64) not null,
  withdrawn_at   timestamp with time zone,
  withdrawn_by   varchar(64),
  checked_at     timestamp with time zone,
  resolves       boolean
);
create index disclosure_link_station_idx on disclosure_link (station_id);

create table disclosure_text (
  id             uuid primary key,
  station_id     uuid not null references station (id),
  fiscal_year    int not null,
  text_kind      varchar(80) not null,
  language       varchar(2) not null check (language in ('th', 'en')),
  body           varchar(20000) not null,
  published_at   timestamp with time zone not null,
  published_by   varchar(64) not null,
  withdrawn_at   timestamp with time zone,
  withdrawn_by   varchar(64)
);
create index disclosure_text_station_year_idx on disclosure_text (station_id, fiscal_year);

create table disclosure_fact (
  id             uuid primary key,
  station_id     uuid not null references station (id),
  fiscal_year    int not null,
  field          varchar(80) not null,
  value_th       varchar(4000) not null,
  value_en       varchar(4000) not null,
  as_of          date,
  published_at   timestamp with time zone not null,
  published_by   varchar(64) not null,
  withdrawn_at   timestamp with time zone,
  withdrawn_by   varchar(64)
);
create index disclosure_fact_station_year_idx on disclosure_fact (station_id, fiscal_year);

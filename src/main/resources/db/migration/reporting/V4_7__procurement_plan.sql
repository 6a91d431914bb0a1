-- The annual procurement plan and the year's procurement announcements (item O14). An
-- announcement's signed document stays where it was published (e-GP or the station's site);
-- the record keeps its address.
create table procurement_plan_item (
  id             uuid primary key,
  station_id     uuid not null references station (id),
  fiscal_year    int not null,
  subject        varchar(500) not null,
  budget         numeric(14, 2) not null check (budget > 0),
  source_of_funds varchar(200) not null,
  method         varchar(20) not null,
  planned_month  date not null,
  recorded_by    varchar(64) not null,
  recorded_at    timestamp with time zone not null
);
create index procurement_plan_item_year on procurement_plan_item (station_id, fiscal_year);

create table procurement_announcement (
  id           uuid primary key,
  station_id   uuid not null references station (id),
  fiscal_year  int not null,
  kind         varchar(12) not null check (kind in ('invitation', 'result', 'none')),
  announced_on date not null,
  subject      varchar(500) not null,
  egp_number   varchar(20),
  winner       varchar(300),
  price        numeric(14, 2) check (price >= 0),
  document_url varchar(1000),
  recorded_by  varchar(64) not null,
  recorded_at  timestamp with time zone not null
);
create index procurement_announcement_year on procurement_announcement (station_id, fiscal_year);

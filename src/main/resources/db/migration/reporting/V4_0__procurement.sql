-- Procurement records (การจัดซื้อจัดจ้าง): one row per purchase or hire, with every column of the
-- monthly summary form สขร.๑. The month a record reports in is the month of its contract or
-- agreement date.
create table procurement (
  id                uuid primary key,
  station_id        uuid not null references station (id),
  subject           varchar(500) not null,
  budget            numeric(14, 2) not null check (budget >= 0),
  reference_price   numeric(14, 2) check (reference_price >= 0),
  method            varchar(40) not null,
  selected_bidder   varchar(300) not null,
  agreed_price      numeric(14, 2) not null check (agreed_price >= 0),
  reason            varchar(1000) not null,
  contract_number   varchar(100) not null,
  contract_date     date not null,
  recorded_by       varchar(64) not null,
  recorded_at       timestamp with time zone not null,
  version           int not null default 0
);
create index procurement_station_date_idx on procurement (station_id, contract_date);

-- Everyone who offered a price, in the order they are listed on the form.
create table procurement_bid (
  procurement  uuid not null references procurement (id) on delete cascade,
  position     int not null,
  bidder       varchar(300) not null,
  price        numeric(14, 2) not null check (price >= 0),
  primary key (procurement, position)
);

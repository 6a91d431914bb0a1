-- Monthly crime figures by offence of the national CRIMES grouping (item O11): cases reported,
-- solved and with arrests. A month's figures are replaced as a whole by each import.
create table crime_statistic (
  station_id   uuid not null references station (id),
  report_month date not null,
  offence      varchar(10) not null,
  reported     int not null check (reported >= 0),
  solved       int not null check (solved >= 0),
  arrested     int not null check (arrested >= 0),
  imported_by  varchar(64) not null,
  imported_at  timestamp with time zone not null,
  primary key (station_id, report_month, offence)
);

-- Monthly checkpoint figures (item O11): checkpoints set up, people and vehicles checked, offences
-- found by type and arrests, one row per measure. A month's figures are replaced as a whole when
-- they are entered or imported again.
create table checkpoint_statistic (
  station_id   uuid not null references station (id),
  report_month date not null,
  measure      varchar(24) not null,
  amount       int not null check (amount >= 0),
  recorded_by  varchar(64) not null,
  recorded_at  timestamp with time zone not null,
  primary key (station_id, report_month, measure)
);

-- The station's activities for its monthly operations report (รายงานการปฏิบัติราชการประจำเดือน, item
-- O7). An activity is reported in the month it started. The responsible unit is kept by name, as it
-- was when the activity was recorded, so a later reorganisation does not rewrite past reports.
create table operations_activity (
  id              uuid primary key,
  station_id      uuid not null references station (id),
  title           varchar(300) not null,
  details         varchar(4000) not null,
  started_on      date not null,
  ended_on        date not null,
  unit_th         varchar(200) not null,
  unit_en         varchar(200) not null,
  photo_file_id   uuid,
  recorded_by     varchar(64) not null,
  recorded_at     timestamp with time zone not null,
  version         int not null default 0,
  constraint operations_activity_period check (ended_on >= started_on)
);
create index operations_activity_station_start_idx on operations_activity (station_id, started_on);

-- The One Stop Service desk's duty roster: who serves the enquiry desk when, and the desk's phone.
-- A shift may run past midnight; removing an officer removes their shifts.
create table duty_shift (
  id          uuid primary key,
  station_id  uuid not null references station (id),
  officer_id  uuid not null references officer (id) on delete cascade,
  starts_at   timestamp with time zone not null,
  ends_at     timestamp with time zone not null,
  desk_phone  varchar(30),
  recorded_by varchar(64) not null,
  recorded_at timestamp with time zone not null,
  check (ends_at > starts_at)
);
create index duty_shift_station_end on duty_shift (station_id, ends_at);

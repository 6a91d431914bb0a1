-- When a station's procurement plan or announcements of a year last changed: the day the published
-- PDFs are as of, so that publishing unchanged records again gives the same files.
create table procurement_plan_year (
  station_id  uuid not null references station (id),
  fiscal_year int not null,
  changed_at  timestamp with time zone not null,
  primary key (station_id, fiscal_year)
);

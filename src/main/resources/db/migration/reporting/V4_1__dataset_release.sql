-- What a station has released as open data: for each dataset and period (a month), the records as
-- they stood when the period's documents were published, as canonical JSON. The PDF, the workbook
-- and the open-data API of a period all come from the same release, so they agree. A new release
-- of a period supersedes the one before; superseded releases stay as the history.
create table dataset_release (
  id             uuid primary key,
  station_id     uuid not null references station (id),
  dataset        varchar(40) not null,
  period         varchar(20) not null,
  records        text not null,
  record_count   int not null,
  sha256         varchar(64) not null,
  released_at    timestamp with time zone not null,
  released_by    varchar(64) not null,
  superseded_at  timestamp with time zone
);
create index dataset_release_current_idx on dataset_release (station_id, dataset, period);

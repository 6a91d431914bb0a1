-- The station's budget for a fiscal year (item O12): the spending plan, one line per source of
-- funds, category and purpose with its amount for each quarter; the disbursements made against
-- the lines; and, once a year, the six-month report to the commander.
create table budget_line (
  id            uuid primary key,
  station_id    uuid not null references station (id),
  fiscal_year   int not null,
  fund_source   varchar(40) not null,
  category      varchar(40) not null,
  description   varchar(500) not null,
  planned_q1    numeric(14, 2) not null check (planned_q1 >= 0),
  planned_q2    numeric(14, 2) not null check (planned_q2 >= 0),
  planned_q3    numeric(14, 2) not null check (planned_q3 >= 0),
  planned_q4    numeric(14, 2) not null check (planned_q4 >= 0),
  recorded_by   varchar(64) not null,
  recorded_at   timestamp with time zone not null,
  version       int not null default 0
);
create index budget_line_station_year_idx on budget_line (station_id, fiscal_year);

-- Money paid out against a line of the plan, on the day it was paid.
create table budget_disbursement (
  id            uuid primary key,
  station_id    uuid not null references station (id),
  budget_line   uuid not null references budget_line (id),
  paid_on       date not null,
  amount        numeric(14, 2) not null check (amount > 0),
  note          varchar(500) not null,
  recorded_by   varchar(64) not null,
  recorded_at   timestamp with time zone not null,
  version       int not null default 0
);
create index budget_disbursement_line_idx on budget_disbursement (budget_line);
create index budget_disbursement_station_paid_idx on budget_disbursement (station_id, paid_on);

-- One row per station and fiscal year: when its plan last changed (the date the plan is "as of"),
-- the six-month report's problems and suggestions, and the commander's acknowledgement of the
-- report. The acknowledgement holds the SHA-256 of the report it acknowledged: once the figures
-- or the text change, the hashes differ and the acknowledgement no longer stands.
create table budget_year (
  station_id            uuid not null references station (id),
  fiscal_year           int not null,
  plan_changed_at       timestamp with time zone,
  problems              varchar(4000) not null default '',
  suggestions           varchar(4000) not null default '',
  acknowledged_by       varchar(64),
  acknowledged_name     varchar(200),
  acknowledged_at       timestamp with time zone,
  acknowledged_sha256   varchar(64),
  version               int not null default 0,
  primary key (station_id, fiscal_year)
);

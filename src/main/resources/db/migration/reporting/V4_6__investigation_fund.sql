-- The criminal investigation fund (เงินกองทุนเพื่อการสืบสวนและสอบสวนคดีอาญา, item O13): for each
-- quarter of a fiscal year, the money allocated to the station, the money spent and the number of
-- cases it supported. The balance is carried from quarter to quarter and never goes below zero.
create table investigation_fund_quarter (
  station_id        uuid not null references station (id),
  fiscal_year       int not null,
  fund_quarter      int not null check (fund_quarter between 1 and 4),
  allocated         numeric(14, 2) not null check (allocated >= 0),
  spent             numeric(14, 2) not null check (spent >= 0),
  cases_supported   int not null check (cases_supported >= 0),
  note              varchar(500) not null,
  recorded_by       varchar(64) not null,
  recorded_at       timestamp with time zone not null,
  version           int not null default 0,
  primary key (station_id, fiscal_year, fund_quarter)
);

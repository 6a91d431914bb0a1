-- Lost-document reports (แจ้งเอกสารหาย) filed online, and the certificates the station issues for them.
-- Personal data is kept to what the certificate needs: the holder's name, the last four characters of
-- their ID or passport number and of the lost document's number, never the full numbers.
create table lost_document_report (
  id              uuid primary key,
  station_id      uuid not null references station (id),
  reference       varchar(10) not null unique,
  -- The form's one-time token: submitting the same form twice finds the first report.
  submission      varchar(32) not null,
  document_type   varchar(20) not null,
  document_other  varchar(100),
  document_tail   varchar(4),
  lost_place      varchar(200) not null,
  lost_on         date not null,
  holder_name     varchar(120) not null,
  holder_id_kind  varchar(10) not null,
  holder_id_tail  varchar(4) not null,
  contact_phone   varchar(30),
  contact_email   varchar(120),
  photo_id        uuid,
  status          varchar(10) not null,
  decision_reason varchar(500),
  decided_by      varchar(64),
  decided_at      timestamp with time zone,
  submitted_at    timestamp with time zone not null,
  unique (station_id, submission)
);
create index lost_document_report_pending on lost_document_report (station_id, status, submitted_at);

-- What the signature covers is recomputed from these columns at every verification, so a row edited
-- after issue no longer matches its code.
create table lost_document_certificate (
  id              uuid primary key,
  station_id      uuid not null references station (id),
  report_id       uuid not null unique references lost_document_report (id),
  -- Numbered per station and Buddhist year: "12/2569" is serial 12 of year 2569.
  year_be         integer not null,
  serial          integer not null,
  number          varchar(20) not null,
  issued_on       date not null,
  document_type   varchar(20) not null,
  holder_masked   varchar(120) not null,
  holder_id_kind  varchar(10) not null,
  holder_id_tail  varchar(4) not null,
  officer         varchar(120) not null,
  code            varchar(120) not null unique,
  revoked_at      timestamp with time zone,
  revoked_reason  varchar(500),
  revoked_by      varchar(64),
  unique (station_id, number),
  unique (station_id, year_be, serial)
);

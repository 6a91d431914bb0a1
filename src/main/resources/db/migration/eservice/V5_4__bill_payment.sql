-- Thai QR bill payment, off until a station sets the biller ID its bank issued. A bill is marked
-- paid only by importing the bank's reconciliation file, never by the payer's word.
create table bill_payment_setting (
  station_id     uuid primary key references station (id),
  biller_id      char(15) not null,
  enabled        boolean not null,
  fictional      boolean not null,
  updated_at     timestamp with time zone not null,
  updated_by     varchar(64) not null
);

create table bill (
  id             uuid primary key,
  station_id     uuid not null references station (id),
  reference1     varchar(20) not null,
  reference2     varchar(20),
  description    varchar(300) not null,
  amount         numeric(12, 2) not null,
  issued_at      timestamp with time zone not null,
  issued_by      varchar(64) not null,
  paid_on        date,
  paid_amount    numeric(12, 2),
  reconciled_at  timestamp with time zone,
  reconciled_by  varchar(64),
  constraint bill_reference_uq unique (station_id, reference1)
);

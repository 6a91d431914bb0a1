-- A client address is kept in the audit trail for a while only. An entry's hash seals a digest of
-- the address with a random salt of its own instead of the address: erasing the address and the
-- salt when their time is up leaves the digest, and so the chain, verifiable, and without the salt
-- the digest cannot be matched against guessed addresses.
alter table audit_entry add column client_salt char(32);
alter table audit_entry add column client_digest char(64);
create index audit_entry_by_time_idx on audit_entry (occurred_at);

-- The format the chain is sealed in. Entries made before sealed the address itself (format 1): the
-- application checks that chain and reseals it once, under the head's lock, recording that it did.
alter table audit_head add column format int not null default 1;
update audit_head set format = 2 where last_seq = 0;

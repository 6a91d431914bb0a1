-- When the link checker last fetched a published document's file from its public address, and
-- whether it answered: a file the page links to but cannot serve fails its element.
alter table disclosure_document add column checked_at timestamp with time zone;
alter table disclosure_document add column resolves boolean;

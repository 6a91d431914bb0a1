-- A portrait of the officer for the executives table (item O1); the file itself is in stored_file.
alter table officer add column photo_file_id uuid;

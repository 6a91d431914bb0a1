-- A photo of the station building for its home page; the file itself is in stored_file.
alter table station add column photo_file_id uuid;

-- A content record's fields that have no column of their own (shown, never queried or indexed), as
-- JSON by field name: a field added to an article, exercise or video record needs no migration.
alter table article add column details varchar(200000);
alter table exercise add column details varchar(200000);
alter table video add column details varchar(200000);

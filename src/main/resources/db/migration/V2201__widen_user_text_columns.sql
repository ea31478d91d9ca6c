-- Names and reasons are limited in code points (an emoji is one); H2 counts UTF-16 units (an emoji
-- is two), so the columns hold twice the limit. PostgreSQL counts characters and is unaffected.
alter table account alter column display_name set data type varchar(100);
alter table comment alter column author_name set data type varchar(200);
alter table comment_report alter column reason set data type varchar(1000);

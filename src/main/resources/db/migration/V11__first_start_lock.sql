-- One row to lock: instances starting at once on one database do their first-start work (admin account,
-- seeds, glossary) one after the other (select … for update works alike on H2 and PostgreSQL).
create table app_lock (
    name  varchar(64) primary key
);
insert into app_lock (name) values ('first-start');

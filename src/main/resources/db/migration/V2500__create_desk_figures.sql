-- The desk's figures of each patient, kept between views (programmes/domain/DeskFigures): what
-- Progress derives from the programmes and the diary, computed at most once a day and again after
-- any change of the patient's programmes or diary. version moves on with every such change; figures
-- computed from an older version are never stored over a newer one.
create table desk_figures (
    patient_id bigint not null primary key references account (id) on delete cascade,
    version bigint not null default 0,
    computed_on date,
    prescribed integer,
    recent_sessions integer,
    pain_last_week double precision,
    pain_week_before double precision,
    last_day date
);

insert into desk_figures (patient_id)
select patient_id from programme where patient_id is not null
union
select patient_id from exercise_session;

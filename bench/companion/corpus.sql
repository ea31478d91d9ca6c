-- The companion benchmark's corpus (issue 18), added to a portal database that already holds the demo
-- content: :therapists therapists and :patients patients (therapist<N>@ / patient<N>@bench.example,
-- all with the password hash :'hash'), every patient consenting and linked to one therapist
-- (patients 1-300 to therapist1, whose desk is measured; the others spread over the rest), one
-- programme of five published exercises each, :per_patient logged sessions each over the last 250
-- days (two exercises done in each), and five messages per programme.
\set ON_ERROR_STOP 1
insert into account (email, display_name, password_hash, lang, verified_at, comment_blocked, notify_replies,
                     session_epoch, created_at, version)
select 'therapist' || g || '@bench.example', 'Therapist ' || g, :'hash', 'en', now(), false, false, 0, now(), 0
from generate_series(1, :therapists) g;
insert into account (email, display_name, password_hash, lang, verified_at, comment_blocked, notify_replies,
                     session_epoch, created_at, version)
select 'patient' || g || '@bench.example', 'Patient ' || lpad(g::text, 5, '0'), :'hash',
       case when g % 2 = 0 then 'cs' else 'en' end, now(), false, false, 0, now(), 0
from generate_series(1, :patients) g;
insert into account_role (account_id, role)
select id, 'MEMBER' from account where email like '%@bench.example' and email ~ '^(therapist|patient)[0-9]+@';
insert into account_role (account_id, role)
select id, 'THERAPIST' from account where email ~ '^therapist[0-9]+@bench\.example$';
insert into health_consent (patient_id, version, given_at)
select id, 1, now() from account where email ~ '^patient[0-9]+@bench\.example$';

create temporary table bench_patient as
select id, substring(email from '^patient([0-9]+)@')::int as n from account where email ~ '^patient[0-9]+@bench\.example$';
create temporary table bench_therapist as
select id, substring(email from '^therapist([0-9]+)@')::int as n from account where email ~ '^therapist[0-9]+@bench\.example$';

insert into care_link (therapist_id, patient_id, invite_email, token_hash, status, created_at, accepted_at)
select t.id, p.id, 'patient' || p.n || '@bench.example', md5('link' || p.n) || md5('bench' || p.n), 'ACTIVE',
       now() - interval '260 days', now() - interval '260 days'
from bench_patient p
join bench_therapist t on t.n = case when p.n <= 300 then 1 else 2 + (p.n % (:therapists - 1)) end;

insert into programme (kind, patient_id, therapist_id, clinic, title, aim, start_date, review_date, created_at,
                       updated_at, version)
select 'PROGRAMME', l.patient_id, l.therapist_id, false, 'Lower back: daily basics',
       'Keep the lower back moving and the core strong', current_date - 250, current_date + 30, now(), now(), 0
from care_link l join bench_patient p on p.id = l.patient_id;

insert into programme_item (programme_id, position, exercise_group, sets, reps, hold_seconds, rest_seconds,
                            times_per_day, weekdays, note)
select pr.id, e.pos, e.group_key, 3, 10, null, 30, 1, 127, ''
from programme pr
join bench_patient p on p.id = pr.patient_id
cross join (select group_key, (row_number() over (order by group_key) - 1)::int as pos
            from (select distinct group_key from exercise where status = 'PUBLISHED' order by group_key limit 5) x) e;

insert into exercise_session (patient_id, programme_id, session_day, client_key, pain, effort, note, created_at)
select pr.patient_id, pr.id, current_date - (k * 5 / 4), 'bench-' || k, (random() * 10)::int,
       1 + (random() * 4)::int, '', now()
from programme pr
join bench_patient p on p.id = pr.patient_id
cross join generate_series(0, :per_patient - 1) k;

insert into session_exercise (session_id, exercise_group)
select s.id, i.exercise_group
from exercise_session s
join programme_item i on i.programme_id = s.programme_id and i.position < 2
where s.client_key like 'bench-%';

insert into programme_message (programme_id, sender_id, from_patient, body, sent_at, read_at)
select pr.id, case when m % 2 = 0 then pr.patient_id else pr.therapist_id end, m % 2 = 0,
       'How did the exercises go this week?', now() - (m || ' days')::interval, now()
from programme pr
join bench_patient p on p.id = pr.patient_id
cross join generate_series(1, 5) m;

-- the desk's figures have a row for each patient with programmes, as the portal's writers leave
-- them (computed on the first view of each day)
insert into desk_figures (patient_id)
select id from bench_patient
on conflict (patient_id) do nothing;

analyze;

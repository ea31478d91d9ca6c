#!/usr/bin/env python3
"""Deterministic benchmark corpus for Physio Portal (Python 3 standard library only).

Writes one headerless CSV per table (the exact column lists of the Flyway schema V1..V5, see
COLUMNS below) for a bulk load with PostgreSQL's COPY or H2's CSVREAD. The corpus goes on top of
the demo content: it links the demo's taxonomy terms, authors and pictures (read from the CSV
exports in --base, written by load.sh from a database where the demo was loaded), and tops the
seed article (/en/articles/running-and-lower-back-pain) up to 50 comments, as on the clinic's page.

Sizes count database rows: --articles 1000 means 500 translation groups, each with an English and
a Czech version (the same for exercises and videos). Bodies are 800-1,200 words of generated
prose in Markdown with headings, a list and rows of inline exercise figures.

Empty strings are never written: an empty unquoted CSV field is NULL for both loaders.
"""

import argparse
import csv
import datetime as dt
import json
import math
import os
import random
import sys
import time

# ------------------------------------------------------------------------------------------------
# Schema (column order of the CSV files = the column lists load.sh passes to COPY / CSVREAD)

COLUMNS = {
    "account": "id,email,display_name,password_hash,lang,verified_at,comment_blocked,notify_replies,session_epoch,created_at,version",
    "account_role": "account_id,role",
    "exercise": "id,group_key,lang,slug,name,goal,starting_position,breathing,frequency,contraindications,sets,reps,hold_seconds,difficulty,image_id,status,published_at,created_at,updated_at,version",
    "exercise_step": "exercise_id,position,text",
    "exercise_mistake": "exercise_id,position,text",
    "exercise_term": "exercise_id,term_id",
    "video": "id,group_key,lang,slug,title,description,kind,duration_seconds,file_id,poster_id,captions_id,embed_url,exercise_id,status,published_at,created_at,updated_at,version",
    "video_term": "video_id,term_id",
    "article": "id,group_key,lang,slug,title,lead,body,author_id,reviewer_id,source,reviewed_at,next_review_at,status,published_at,created_at,updated_at,version",
    "article_reference": "article_id,position,text,url",
    "article_tutorial": "article_id,position,exercise_id",
    "article_related": "article_id,position,related_id",
    "article_term": "article_id,term_id",
    "comment": "id,target_type,target_id,parent_id,author_name,body,status,created_at,author_id,body_html,edited_at,idempotency_key,version",
}
# Load order (foreign keys); comments last.
TABLES = list(COLUMNS)

SEED_SLUG = "running-and-lower-back-pain"
SEED_COMMENTS = 50
END = dt.datetime(2026, 10, 31, 12, 0, 0, tzinfo=dt.timezone.utc)  # everything is published before this
LANGS = ("en", "cs")

# ------------------------------------------------------------------------------------------------
# Vocabulary (our own words)

REGION_WORDS = {
    "spine": ("spine", "páteř"),
    "cervical-spine": ("neck", "krk"),
    "thoracic-spine": ("upper back", "hrudní páteř"),
    "lumbar-spine": ("lower back", "bedra"),
    "pelvis": ("pelvis", "pánev"),
    "hip": ("hip", "kyčel"),
    "knee": ("knee", "koleno"),
    "ankle-foot": ("ankle", "kotník"),
    "shoulder": ("shoulder", "rameno"),
}
ACTIVITY_WORDS = {
    "running": ("running", "běh"),
    "golf": ("golf", "golf"),
    "ice-hockey": ("ice hockey", "lední hokej"),
    "cycling": ("cycling", "cyklistika"),
    "manual-work": ("manual work", "manuální práce"),
    "office-work": ("office work", "práce v kanceláři"),
    "sport": ("sport", "sport"),
    "work": ("work", "práce"),
}
TOPIC_WORDS = {
    "core-stability": ("core stability", "stabilizace trupu"),
    "stretching": ("stretching", "protahování"),
    "breathing": ("breathing", "dýchání"),
    "posture": ("posture", "držení těla"),
    "strengthening": ("strengthening", "posilování"),
    "relaxation": ("relaxation", "uvolnění"),
    "injury-prevention": ("injury prevention", "prevence zranění"),
}

EN = {
    "subject": ["Most runners", "Many patients", "People who sit all day", "Older athletes", "Beginners",
                "Experienced players", "Manual workers", "Our physiotherapists", "A good warm-up", "Regular training",
                "Gentle movement", "A short daily routine", "Careful progression", "Strong hip muscles",
                "The deep trunk muscles", "A relaxed diaphragm", "Good sleep", "A sensible plan", "Steady breathing",
                "Well-chosen shoes", "Short breaks from sitting", "A graded return", "The pelvic floor",
                "Tight hip flexors", "Weak gluteal muscles", "A stiff upper back", "Tired calf muscles"],
    "verb": ["usually helps", "often protects", "gradually strengthens", "can overload", "tends to relieve",
             "slowly changes", "supports", "quietly stabilises", "may irritate", "clearly improves",
             "rarely damages", "steadily prepares", "gently loosens", "reliably calms", "often stiffens"],
    "object": ["the \x01", "the tissues around the \x01", "the muscles that carry the \x01",
               "the joints of the \x01", "the way we move during \x02", "our tolerance for \x02",
               "the load on the \x01", "the rhythm of \x02", "recovery after \x02", "the small stabilising muscles",
               "the tendons of the \x01", "the whole kinetic chain", "balance on one leg", "control of the pelvis"],
    "tail": ["over the first weeks", "when the load rises slowly", "after a long day at the desk",
             "during the first kilometres", "if the pain settles by the next morning", "in most cases",
             "without any special equipment", "as long as the technique stays clean", "two or three times a week",
             "when done consistently", "even at a modest intensity", "before the season starts",
             "while the body adapts", "with enough rest between sessions", "long before any pain appears"],
    "advice": ["Start with two short sessions a week and add a third once it feels easy.",
               "Change one thing at a time: distance, speed or the number of sessions.",
               "Keep the pain at or below three out of ten during and after exercise.",
               "Breathe out slowly during the effort and never hold your breath.",
               "A flare-up is not a failure; reduce the load for a few days and build up again.",
               "Ask a physiotherapist to check your technique if the exercise hurts.",
               "Stop and seek help if numbness or weakness appears in the leg.",
               "Warm up for five to ten minutes before any demanding session.",
               "Finish with slow stretching while the muscles are still warm.",
               "Write down what you did and how the body responded the next day."],
    "connector": ["In practice,", "For example,", "On the other hand,", "Over time,", "Above all,",
                  "In our experience,", "At the clinic,", "As a rule of thumb,", "Just as importantly,", "Surprisingly,"],
    "headings": ["Why the \x01 starts to hurt", "What \x02 asks of the body", "How to settle the symptoms",
                 "Rebuilding strength step by step", "Breathing and the deep core", "A graded return to \x02",
                 "When to see a physiotherapist", "Exercises that help the \x01", "Recovery between sessions",
                 "Common mistakes", "Equipment and surfaces", "What the research says", "A simple weekly plan"],
    "angles": ["what helps", "a physiotherapist's guide", "causes and first steps", "exercises for home",
               "how to come back", "myths and facts", "a four-week plan", "when to worry", "prevention",
               "questions from our patients", "strength before speed", "the first week", "for beginners",
               "for experienced athletes", "a gentle start"],
    "title": "{A} and {R} pain: {angle}",
    "lead": "How {a} loads the {r}, what usually helps, and which exercises we recommend at the clinic.",
    "source": "Clinical experience of the physiotherapists at Pohyb Physiotherapy Clinic, Brno, Czech Republic.",
    "refs": ["NICE guideline NG59: Low back pain and sciatica in over 16s", "WHO guidelines on physical activity and sedentary behaviour (2020)",
             "Consensus statement on load management in sport", "Exercise therapy for chronic low back pain: a systematic review"],
}
CS = {
    "subject": ["Většina běžců", "Mnoho pacientů", "Lidé, kteří celý den sedí", "Starší sportovci", "Začátečníci",
                "Zkušení hráči", "Manuálně pracující", "Naši fyzioterapeuti", "Dobré rozcvičení", "Pravidelný trénink",
                "Jemný pohyb", "Krátká denní sestava", "Postupné zatěžování", "Silné hýžďové svaly",
                "Hluboké svaly trupu", "Uvolněná bránice", "Kvalitní spánek", "Rozumný plán", "Klidné dýchání",
                "Vhodná obuv", "Krátké přestávky v sezení", "Postupný návrat", "Pánevní dno",
                "Zkrácené flexory kyčle", "Oslabené hýžďové svaly", "Ztuhlá hrudní páteř", "Unavená lýtka"],
    "verb": ["obvykle pomáhá", "často chrání", "postupně posiluje", "může přetížit", "zpravidla ulevuje",
             "pomalu mění", "podporuje", "nenápadně stabilizuje", "může dráždit", "zřetelně zlepšuje",
             "jen vzácně poškodí", "soustavně připravuje", "jemně uvolňuje", "spolehlivě zklidňuje", "často ztuhne"],
    "object": ["oblast \x01", "tkáně v okolí \x01", "svaly, které nesou \x01", "klouby \x01",
               "pohyb při činnosti \x02", "toleranci zátěže při \x02", "zatížení \x01", "rytmus \x02",
               "zotavení po \x02", "drobné stabilizační svaly", "šlachy \x01", "celý pohybový řetězec",
               "rovnováhu na jedné noze", "kontrolu pánve"],
    "tail": ["během prvních týdnů", "když zátěž roste pomalu", "po dlouhém dni u stolu", "během prvních kilometrů",
             "pokud bolest do rána odezní", "ve většině případů", "bez zvláštního vybavení",
             "pokud zůstane technika čistá", "dvakrát až třikrát týdně", "při pravidelném cvičení",
             "i při mírné intenzitě", "ještě před začátkem sezóny", "zatímco se tělo přizpůsobuje",
             "s dostatkem odpočinku mezi tréninky", "dlouho předtím, než se objeví bolest"],
    "advice": ["Začněte dvěma krátkými tréninky týdně a třetí přidejte, až budou snadné.",
               "Měňte vždy jen jednu věc: vzdálenost, tempo nebo počet tréninků.",
               "Bolest během cvičení i po něm by neměla přesáhnout tři z deseti.",
               "Při námaze pomalu vydechujte a nikdy nezadržujte dech.",
               "Zhoršení není selhání; na pár dní uberte a pak znovu postupně přidávejte.",
               "Pokud cvik bolí, požádejte fyzioterapeuta o kontrolu techniky.",
               "Pokud se objeví necitlivost nebo slabost v noze, přestaňte a vyhledejte pomoc.",
               "Před každým náročnějším tréninkem se pět až deset minut rozcvičte.",
               "Na závěr se pomalu protáhněte, dokud jsou svaly ještě zahřáté.",
               "Zapisujte si, co jste cvičili a jak tělo druhý den reagovalo."],
    "connector": ["V praxi", "Například", "Na druhou stranu", "Časem", "Především", "Podle našich zkušeností",
                  "V ambulanci", "Obecně platí, že", "Stejně důležité je, že", "Překvapivě"],
    "headings": ["Proč začne bolet \x01", "Co \x02 vyžaduje od těla", "Jak zklidnit potíže", "Posilování krok za krokem",
                 "Dýchání a hluboký stabilizační systém", "Postupný návrat k činnosti \x02", "Kdy navštívit fyzioterapeuta",
                 "Cviky, které pomáhají \x01", "Zotavení mezi tréninky", "Časté chyby", "Vybavení a povrchy",
                 "Co říká výzkum", "Jednoduchý týdenní plán"],
    "angles": ["co pomáhá", "průvodce fyzioterapeuta", "příčiny a první kroky", "cviky na doma", "jak se vrátit",
               "mýty a fakta", "čtyřtýdenní plán", "kdy zpozornět", "prevence", "otázky našich pacientů",
               "síla před rychlostí", "první týden", "pro začátečníky", "pro zkušené sportovce", "pozvolný začátek"],
    "title": "{A} a bolest – {R}: {angle}",
    "lead": "Jak {a} zatěžuje {r}, co obvykle pomáhá a které cviky doporučujeme v naší ambulanci.",
    "source": "Klinické zkušenosti fyzioterapeutů z Pohyb Physiotherapy Clinic, Brno.",
    "refs": ["Doporučený postup NICE NG59: bolest zad a ischias", "Doporučení WHO k pohybové aktivitě (2020)",
             "Konsenzus o řízení zátěže ve sportu", "Cvičení u chronické bolesti zad: systematický přehled"],
}
TEXT = {"en": EN, "cs": CS}

COMMENT_TEXT = {
    "en": ["Thank you, this is the clearest explanation I have read so far.", "I had exactly this after my first half marathon.",
           "The plan worked well for me, week four now and no pain.", "How long should I keep doing the strength work?",
           "My physio recommended the same exercise, it is harder than it looks.", "Is cycling fine during the first phase?",
           "Great tip about shorter steps, it made a real difference.", "I wish I had found this article a year ago.",
           "Does the same apply to trail running with long descents?", "The plank is my new nemesis.",
           "Very practical, I printed the exercise list for my club.", "What shoes would you suggest while it is still sensitive?",
           "After two weeks of the breathing exercise my back feels looser.", "I sit at a desk all day and this helps a lot.",
           "Could you write a follow-up about returning after pregnancy?", "My knee still clicks, is that a problem?",
           "Tried it this morning, ten minutes well spent.", "Shared this with my running group, thank you!",
           "Thanks for the question! Keep two short strength sessions a week even at full training.",
           "Pain up to three out of ten that settles by the next morning is usually fine."],
    "cs": ["Děkuji, tohle je zatím nejsrozumitelnější vysvětlení, jaké jsem četla.", "Přesně tohle jsem zažil po prvním půlmaratonu.",
           "Plán mi funguje, čtvrtý týden a bez bolesti.", "Jak dlouho mám pokračovat v posilování?",
           "Fyzioterapeutka mi doporučila stejný cvik, je těžší, než vypadá.", "Můžu v první fázi jezdit na kole?",
           "Skvělá rada s kratším krokem, opravdu to pomohlo.", "Škoda, že jsem článek nenašel před rokem.",
           "Platí to i pro běh v terénu s dlouhými seběhy?", "Plank je můj nový nepřítel.",
           "Velmi praktické, cviky jsem vytiskl pro náš oddíl.", "Jaké boty doporučujete, dokud to ještě bolí?",
           "Po dvou týdnech dechového cvičení mám záda volnější.", "Celý den sedím u stolu a tohle mi hodně pomáhá.",
           "Mohli byste napsat pokračování o návratu po porodu?", "Koleno mi pořád lupe, je to problém?",
           "Zkusila jsem to ráno, deset minut dobře investovaných.", "Poslal jsem to naší běžecké skupině, díky!",
           "Díky za otázku! I při plném tréninku ponechte dvě krátká posilování týdně.",
           "Bolest do tří z deseti, která do rána odezní, je obvykle v pořádku."],
}
FIRST_NAMES = ["Anna", "Ben", "Chloe", "David", "Eva", "Filip", "Grace", "Hana", "Ivan", "Jana", "Karel", "Lenka",
               "Martin", "Nina", "Ondřej", "Petra", "Quentin", "Radka", "Sophie", "Tomáš", "Ursula", "Vojtěch",
               "Wendy", "Xenie", "Yvona", "Zdeněk"]
MOVES = {
    "en": ["plank", "bridge", "squat", "lunge", "side plank", "bird dog", "dead bug", "calf raise", "clamshell",
           "hip hinge", "wall slide", "rotation", "stretch", "hold", "step-up", "crunch", "march", "reach"],
    "cs": ["plank", "most", "dřep", "výpad", "boční plank", "pes a pták", "brouk na zádech", "výpony", "mušle",
           "předklon z kyčlí", "skluz po zdi", "rotace", "protažení", "výdrž", "výstup na schod", "zkracovačka",
           "pochod", "natahování"],
}
EQUIP = {
    "en": {"mat": "on a mat", "bosu": "on BOSU", "gym-ball": "on a gym ball", "resistance-band": "with a band", "chair": "with a chair"},
    "cs": {"mat": "na podložce", "bosu": "na BOSU", "gym-ball": "na míči", "resistance-band": "s gumou", "chair": "se židlí"},
}
DIFFICULTIES = ["EASY", "MEDIUM", "HARD"]
ASCII = str.maketrans("áčďéěíňóřšťúůýžÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ", "acdeeinorstuuyzACDEEINORSTUUYZ")


def slugify(text):
    out, dash = [], False
    for ch in text.translate(ASCII).lower():
        if ch.isascii() and ch.isalnum():
            out.append(ch)
            dash = False
        elif not dash and out:
            out.append("-")
            dash = True
    return "".join(out).strip("-")[:120]


def ts(moment):
    return moment.strftime("%Y-%m-%d %H:%M:%S+00")


# ------------------------------------------------------------------------------------------------
# Prose: a pool of sentences per language (with \x01 = region and \x02 = activity placeholders that
# each article fills in), sampled per paragraph. Fast enough for 100k bodies of ~1,000 words.


def sentence_pool(rng, lang, size):
    t = TEXT[lang]
    pool = []
    for _ in range(size):
        kind = rng.random()
        if kind < 0.12:
            pool.append(rng.choice(t["advice"]))
            continue
        s = f"{rng.choice(t['subject'])} {rng.choice(t['verb'])} {rng.choice(t['object'])} {rng.choice(t['tail'])}."
        if kind < 0.35:
            s = f"{rng.choice(t['connector'])} {s[0].lower()}{s[1:]}"
        if kind > 0.9:
            s = s[:-1] + ", " + rng.choice(t["tail"]) + "."
        pool.append(s)
    return pool


class Prose:
    def __init__(self, rng, lang):
        self.rng = rng
        self.lang = lang
        self.t = TEXT[lang]
        self.pool = sentence_pool(rng, lang, 6000)

    def paragraph(self, n):
        return " ".join(self.rng.choices(self.pool, k=n))

    def body(self, figures_rows):
        """Markdown of 800-1,200 words: an intro, 4-6 sections, a list, rows of figures."""
        rng, t = self.rng, self.t
        target = rng.randint(800, 1200)
        parts = [self.paragraph(rng.randint(3, 5))]
        words = len(parts[0].split())
        headings = rng.sample(t["headings"], 6)
        section = 0
        figure_rows = list(figures_rows)
        while words < target:
            if section < len(headings) and (section == 0 or rng.random() < 0.45):
                parts.append("## " + headings[section])
                section += 1
            p = self.paragraph(rng.randint(4, 7))
            if rng.random() < 0.25:
                cut = p.find(" ", 20)
                p = "**" + p[:cut] + "**" + p[cut:]
            parts.append(p)
            words += len(p.split())
            if figure_rows and rng.random() < 0.3:
                parts.append("{{figures " + " ".join(figure_rows.pop()) + "}}")
            if section == 3 and rng.random() < 0.3:
                parts.append("\n".join("- " + a for a in rng.sample(t["advice"], 3)))
                section += 1
        for row in figure_rows:
            parts.append("{{figures " + " ".join(row) + "}}")
        return "\n\n".join(parts)


# ------------------------------------------------------------------------------------------------


def read_base(base_dir):
    """The demo rows load.sh exported (CSV with a header; H2 writes upper-case names)."""

    def rows(name):
        with open(os.path.join(base_dir, name + ".csv"), newline="", encoding="utf-8") as f:
            return [{k.lower(): v for k, v in row.items()} for row in csv.DictReader(f)]

    base = {
        "terms": rows("terms"),
        "authors": [int(r["id"]) for r in rows("authors")],
        "images": [int(r["image_id"]) for r in rows("images")],
        "posters": [int(r["poster_id"]) for r in rows("posters")],
        "exercises": rows("exercises"),
        "articles": rows("articles"),
        "counts": rows("comment_counts"),
        "max": {k.removeprefix("max_"): int(v or 0) for k, v in rows("max_ids")[0].items()},
        "hash": rows("admin_hash")[0]["password_hash"],
    }
    return base


class Writer:
    def __init__(self, out):
        self.out = out
        self.files = {}
        self.writers = {}
        self.counts = {}
        for table in TABLES:
            f = open(os.path.join(out, table + ".csv"), "w", newline="", encoding="utf-8")
            self.files[table] = f
            self.writers[table] = csv.writer(f, lineterminator="\n")
            self.counts[table] = 0

    def row(self, table, *values):
        self.writers[table].writerow(values)
        self.counts[table] += 1

    def rows(self, table, rows):
        self.writers[table].writerows(rows)
        self.counts[table] += len(rows)

    def close(self):
        for f in self.files.values():
            f.close()


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--base", required=True, help="directory with the demo exports (terms.csv, ...)")
    p.add_argument("--out", required=True)
    p.add_argument("--articles", type=int, default=1000, help="article rows (cs+en: half as many groups)")
    p.add_argument("--exercises", type=int, default=200, help="exercise rows")
    p.add_argument("--videos", type=int, default=100, help="video rows")
    p.add_argument("--comments", type=int, default=10000, help="comments in all (incl. the seed top-up)")
    p.add_argument("--members", type=int, default=0, help="member accounts (default: comments/500, at least 100)")
    p.add_argument("--seed", type=int, default=6)
    args = p.parse_args()
    started = time.time()
    rng = random.Random(args.seed)
    base = read_base(args.base)
    os.makedirs(args.out, exist_ok=True)
    w = Writer(args.out)
    mx = base["max"]

    terms_by_kind = {}
    term_kind = {}
    for t in base["terms"]:
        terms_by_kind.setdefault(t["kind"], []).append((int(t["id"]), t["term_key"]))
        term_kind[int(t["id"])] = t["kind"]
    regions = terms_by_kind["REGION"]
    activities = [a for a in terms_by_kind["ACTIVITY"] if a[1] not in ("sport", "work")]
    topics = terms_by_kind["TOPIC"]
    equipment = terms_by_kind["EQUIPMENT"]
    prose = {lang: Prose(random.Random(args.seed * 31 + i), lang) for i, lang in enumerate(LANGS)}
    li = {"en": 0, "cs": 1}

    # --- members (comment authors; the comment benchmark logs in as them) ----------------------
    members = args.members or max(100, args.comments // 500)
    member_ids, member_names = [], []
    account_id = mx["account"]
    created = END - dt.timedelta(days=800)
    for i in range(1, members + 1):
        account_id += 1
        name = f"{FIRST_NAMES[i % len(FIRST_NAMES)]} {chr(65 + (i * 7) % 26)}. {i}"
        w.row("account", account_id, f"member{i}@bench.example", name, base["hash"], LANGS[i % 2],
              ts(created), "false", "false", 0, ts(created), 0)
        w.row("account_role", account_id, "MEMBER")
        member_ids.append(account_id)
        member_names.append(name)

    # --- exercises ---------------------------------------------------------------------------------
    ex_groups = max(1, args.exercises // 2)
    ex_by_lang = {lang: [] for lang in LANGS}  # (id, group_key, region ids)
    for r in base["exercises"]:
        ex_by_lang[r["lang"]].append((int(r["id"]), r["group_key"]))
    ex_id = mx["exercise"]
    new_ex = {lang: [] for lang in LANGS}
    for g in range(ex_groups):
        key = f"bx-{g}"
        region = rng.choice(regions)
        topic = rng.choice(topics)
        eq = rng.choice(equipment)
        term_ids = {region[0], topic[0], eq[0]}
        if rng.random() < 0.5:
            term_ids.add(rng.choice(activities)[0])
        move = rng.randrange(len(MOVES["en"]))
        image = rng.choice(base["images"])
        difficulty = rng.choice(DIFFICULTIES)
        sets, reps = rng.randint(2, 4), rng.choice([None, 8, 10, 12, 15])
        hold = None if reps else rng.choice([20, 30, 45, 60])
        published = END - dt.timedelta(days=rng.randint(1, 2000), minutes=rng.randint(0, 1440))
        steps_n, mistakes_n = rng.randint(3, 6), rng.randint(1, 3)
        for lang in LANGS:
            ex_id += 1
            pr = prose[lang]
            rw = REGION_WORDS[region[1]][li[lang]]
            name = f"{MOVES[lang][move].capitalize()} {EQUIP[lang][eq[1]]} ({rw}) {g}"
            fill = lambda s: s.replace("\x01", rw).replace("\x02", TOPIC_WORDS[topic[1]][li[lang]])
            goal = fill(pr.paragraph(2))
            w.row("exercise", ex_id, key, lang, slugify(name), name, goal, fill(pr.paragraph(2)),
                  fill(rng.choice(TEXT[lang]["advice"])), fill(pr.paragraph(1))[:290],
                  fill(pr.paragraph(1)), sets, reps, hold, difficulty, image, "PUBLISHED",
                  ts(published), ts(published), ts(published), 0)
            w.rows("exercise_step", [(ex_id, i, fill(pr.paragraph(1))) for i in range(steps_n)])
            w.rows("exercise_mistake", [(ex_id, i, fill(pr.paragraph(1))) for i in range(mistakes_n)])
            w.rows("exercise_term", [(ex_id, t) for t in sorted(term_ids)])
            new_ex[lang].append((ex_id, key, region[0]))
    all_ex = {lang: ex_by_lang[lang] + [(i, k) for i, k, _ in new_ex[lang]] for lang in LANGS}
    ex_group_index = {lang: {k: i for i, k in all_ex[lang]} for lang in LANGS}
    ex_keys = [k for _, k in all_ex["en"] if k in ex_group_index["cs"]]
    ex_keys_by_region = {}
    for _, k, reg in new_ex["en"]:
        ex_keys_by_region.setdefault(reg, []).append(k)

    # --- videos ------------------------------------------------------------------------------------
    video_id = mx["video"]
    video_targets = []
    for g in range(max(0, args.videos // 2)):
        key = f"bv-{g}"
        region, topic = rng.choice(regions), rng.choice(topics)
        term_ids = sorted({region[0], topic[0]})
        ex_key = rng.choice(ex_keys)
        duration = rng.randint(30, 600)
        published = END - dt.timedelta(days=rng.randint(1, 2000), minutes=rng.randint(0, 1440))
        poster = rng.choice(base["posters"])
        for lang in LANGS:
            video_id += 1
            pr = prose[lang]
            rw = REGION_WORDS[region[1]][li[lang]]
            title = (f"{TOPIC_WORDS[topic[1]][li[lang]].capitalize()} for the {rw}: video {g}" if lang == "en"
                     else f"{TOPIC_WORDS[topic[1]][li[lang]].capitalize()} – {rw}: video {g}")
            desc = pr.paragraph(3).replace("\x01", rw).replace("\x02", TOPIC_WORDS[topic[1]][li[lang]])
            w.row("video", video_id, key, lang, slugify(title), title, desc, "EMBED", duration, None, poster, None,
                  f"https://www.youtube-nocookie.com/embed/bench{g:06d}", ex_group_index[lang][ex_key], "PUBLISHED",
                  ts(published), ts(published), ts(published), 0)
            w.rows("video_term", [(video_id, t) for t in term_ids])
            video_targets.append((video_id, lang, published))

    # --- articles ----------------------------------------------------------------------------------
    groups = max(1, args.articles // 2)
    art_id = mx["article"]
    article_targets = []  # (id, lang, published)
    en_ids_by_group = []
    ids_by_region = {}
    for g in range(groups):
        key = f"ba-{g}"
        region = rng.choice(regions)
        activity = rng.choice(activities)
        topic_ids = {t[0] for t in rng.sample(topics, rng.randint(1, 3))}
        term_ids = sorted({region[0], activity[0]} | topic_ids)
        pool = ex_keys_by_region.get(region[0]) or ex_keys
        tutorials = rng.sample(pool, min(len(pool), rng.randint(3, 6)))
        figure_rows = [tutorials[:2]] + ([tutorials[2:4]] if len(tutorials) > 3 and rng.random() < 0.5 else [])
        published = END - dt.timedelta(days=rng.randint(1, 2200), minutes=rng.randint(0, 1440))
        reviewed = (published + dt.timedelta(days=rng.randint(0, 300))).date()
        status = "PUBLISHED" if rng.random() < 0.97 else rng.choice(["DRAFT", "IN_REVIEW", "ARCHIVED"])
        author = rng.choice(base["authors"])
        reviewer = rng.choice([a for a in base["authors"] if a != author] or [author])
        angle = rng.randrange(len(EN["angles"]))
        # related: earlier groups (ids known), preferably the same body region
        same = ids_by_region.get(region[0], [])
        related_groups = rng.sample(same, min(3, len(same))) if same else []
        en_id = art_id + 1
        for lang in LANGS:
            art_id += 1
            t, pr = TEXT[lang], prose[lang]
            rw, aw = REGION_WORDS[region[1]][li[lang]], ACTIVITY_WORDS[activity[1]][li[lang]]
            title = t["title"].format(A=aw.capitalize(), R=rw, angle=t["angles"][angle])
            lead = t["lead"].format(a=aw, r=rw) + " " + pr.paragraph(1).replace("\x01", rw).replace("\x02", aw)
            body = pr.body(figure_rows).replace("\x01", rw).replace("\x02", aw)
            slug = f"{slugify(title)}-{g}"
            w.row("article", art_id, key, lang, slug, title[:200], lead[:2000], body, author, reviewer, t["source"],
                  reviewed.isoformat(), (reviewed + dt.timedelta(days=365)).isoformat(), status, ts(published),
                  ts(published), ts(published), 0)
            refs = rng.sample(range(len(t["refs"])), 2)
            w.rows("article_reference", [(art_id, i, t["refs"][r], None) for i, r in enumerate(refs)])
            w.rows("article_tutorial", [(art_id, i, ex_group_index[lang][k]) for i, k in enumerate(tutorials)])
            offset = 0 if lang == "en" else 1
            w.rows("article_related", [(art_id, i, rg + offset) for i, rg in enumerate(related_groups)])
            w.rows("article_term", [(art_id, tid) for tid in term_ids])
            if status == "PUBLISHED":
                article_targets.append((art_id, lang, published))
        ids_by_region.setdefault(region[0], []).append(en_id)
        if len(ids_by_region[region[0]]) > 200:  # keep sampling cheap
            ids_by_region[region[0]].pop(0)

    # --- comments ----------------------------------------------------------------------------------
    seed = next((int(a["id"]), a["lang"]) for a in base["articles"] if a["slug"] == SEED_SLUG and a["lang"] == "en")
    seed_existing = sum(int(c["n"]) for c in base["counts"] if int(c["target_id"]) == seed[0]
                        and c["target_type"] == "ARTICLE")
    comment_id = mx["comment"]
    plan = []  # (type, id, lang, start, n)
    seed_n = max(0, SEED_COMMENTS - seed_existing)
    plan.append(("ARTICLE", seed[0], "en", END - dt.timedelta(days=200), seed_n))
    remaining = max(0, args.comments - seed_n)
    exercise_start = END - dt.timedelta(days=900)
    targets = ([("ARTICLE",) + t for t in article_targets]
               + [("EXERCISE", x[0], lang, exercise_start) for lang in LANGS for x in new_ex[lang]]
               + [("VIDEO",) + t for t in video_targets])
    # long tail: 1 % of the articles get exactly 50 (as on the seed page), the rest a Pareto share
    fifty = [t for t in targets if t[0] == "ARTICLE" and rng.random() < 0.01]
    fifty_set = {t[1] for t in fifty}
    budget = remaining - 50 * len(fifty)
    if budget < 0:
        fifty = fifty[: remaining // 50]
        fifty_set = {t[1] for t in fifty}
        budget = remaining - 50 * len(fifty)
    for t in fifty:
        plan.append((t[0], t[1], t[2], t[3], 50))
    rest = [t for t in targets if not (t[0] == "ARTICLE" and t[1] in fifty_set)]
    weights = [min(rng.paretovariate(1.16), 400.0) * (1.0 if t[0] == "ARTICLE" else 0.3) for t in rest]
    total_w = sum(weights) or 1.0
    counts = [int(budget * x / total_w) for x in weights]
    short = budget - sum(counts)
    for i in rng.sample(range(len(rest)), min(len(rest), short)) if rest else []:
        counts[i] += 1
    plan.extend((t[0], t[1], t[2], t[3], n) for t, n in zip(rest, counts) if n > 0)

    ctext = {lang: COMMENT_TEXT[lang] for lang in LANGS}
    rows = []
    for target_type, target_id, lang, start, n in plan:
        span = max(60.0, (END - start).total_seconds())
        times = sorted(rng.random() * span for _ in range(n))
        depth = {}
        ids = []
        texts = ctext[lang]
        for k in range(n):
            comment_id += 1
            parent = None
            if ids and rng.random() < 0.3:
                candidate = rng.choice(ids[-20:])
                if depth[candidate] < 3:
                    parent = candidate
            depth[comment_id] = 1 if parent is None else depth[parent] + 1
            ids.append(comment_id)
            author = rng.randrange(members)
            paragraphs = [" ".join(rng.choices(texts, k=rng.randint(1, 3)))]
            if rng.random() < 0.2:
                paragraphs.append(" ".join(rng.choices(texts, k=rng.randint(1, 2))))
            body = "\n\n".join(paragraphs)
            html = "".join(f"<p>{x}</p>\n" for x in paragraphs)
            r = rng.random()
            status = "PUBLISHED" if r < 0.98 or target_id == seed[0] else ("PENDING" if r < 0.995 else "HIDDEN")
            at = start + dt.timedelta(seconds=times[k])
            rows.append((comment_id, target_type, target_id, parent, member_names[author], body, status, ts(at),
                         member_ids[author], html, None, None, 0))
            if len(rows) >= 20000:
                w.rows("comment", rows)
                rows = []
    w.rows("comment", rows)
    w.close()

    summary = {
        "tables": w.counts,
        "seed_article_id": seed[0],
        "seed_comments_added": seed_n,
        "articles_with_50": len(fifty),
        "max_comments_on_one_page": max((n for *_, n in plan), default=0),
        "members": members,
        "member_email": "member<N>@bench.example (N = 1..members), password = the bench admin's",
        "next_ids": {"account": account_id + 1, "exercise": ex_id + 1, "video": video_id + 1,
                     "article": art_id + 1, "comment": comment_id + 1},
        "seconds": round(time.time() - started, 1),
    }
    with open(os.path.join(args.out, "summary.json"), "w", encoding="utf-8") as f:
        json.dump(summary, f, indent=1)
    json.dump(summary, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()

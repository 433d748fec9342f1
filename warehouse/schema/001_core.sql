-- Core tables: articles, the attributions extracted from them, pipeline runs and quarantined rows.
-- Offsets (cue_start, speaker_start, start, "end", sentence_start) are character offsets into
-- articles.text exactly as published. "end" is a reserved word in SQL: always quote it.

create table if not exists runs (
    run_id varchar primary key,  -- the Prefect flow run id
    flow_run_id varchar,
    input_path varchar,
    started_at timestamptz not null,
    finished_at timestamptz,
    articles_read integer,
    articles_loaded integer,
    attributions_extracted integer,
    attributions_loaded integer,
    rows_quarantined integer,
    -- 'running' only while the flow is in progress; a crash leaves 'failed'
    status varchar not null check (status in ('running', 'ok', 'warning', 'failed')),
    batch_failures varchar[],
    docs_path varchar
);

create table if not exists articles (
    article_id varchar primary key,
    outlet varchar,
    url varchar,
    -- as given by the source (ISO 8601 in the corpus); cast with try_cast in views
    published_at varchar,
    title varchar,
    text varchar not null,
    content_hash varchar not null,  -- sha256 of text: tells a re-run whether the article changed
    first_run_id varchar not null,
    last_run_id varchar not null
);

create table if not exists attributions (
    attribution_id varchar primary key,
    article_id varchar not null,
    run_id varchar not null,
    cue varchar not null,
    cue_lemma varchar,
    cue_start integer not null,
    cue_end integer not null,
    speaker varchar,
    speaker_mention varchar,
    speaker_start integer,
    speaker_end integer,
    speaker_type varchar,
    content varchar not null,
    start integer not null,
    "end" integer not null,
    form varchar not null,
    sentence varchar,
    sentence_start integer,
    reported_via varchar,
    confidence double,
    notes varchar[]
);

create table if not exists quarantine (
    run_id varchar not null,
    table_name varchar not null,  -- 'articles' or 'attributions'
    row_key varchar,  -- article_id or attribution_id of the row
    "row" json not null,
    failed_expectations varchar[] not null,
    quarantined_at timestamptz not null default current_timestamp
);

-- Speaker entities and claim clusters, computed by tasks/resolve.py over everything stored.
-- Rewritten as a whole on every resolve (entities are cross-article: a new article can merge two
-- entities), so these tables carry no history; ids are derived from names and attribution ids,
-- hence stable across runs over the same data.

create table if not exists speakers (
    speaker_id varchar primary key,  -- 'sp_' + sha1(type|scope|normalised canonical name)
    name varchar not null,  -- the fullest spelling seen, titles stripped: سيرغي لافروف
    speaker_type varchar not null,
    n_attributions integer not null,
    n_articles integer not null,
    run_id varchar not null  -- the run that last resolved
);

create table if not exists speaker_aliases (
    speaker_id varchar not null,
    alias varchar not null,  -- as written in the attributions: فائز السراج, فايز السراج, السراج
    alias_norm varchar not null,  -- normalised (arabic.normalise_text) for lookup
    n_attributions integer not null,
    primary key (speaker_id, alias)
);

-- Kept apart from `attributions` (001_core, reloaded per article). Usually one speaker per
-- attribution; coordinated subjects have several: `حفتر ورئيس الوزراء الليبي فائز السراج تعهدا`.
create table if not exists attribution_speakers (
    attribution_id varchar not null,
    speaker_id varchar not null,
    position integer not null,  -- 0 for the first-named speaker
    primary key (attribution_id, speaker_id)
);

create table if not exists claim_clusters (
    cluster_id varchar primary key,  -- 'cl_' + sha1(first member's attribution_id)
    speaker_id varchar not null,
    first_attribution_id varchar not null,
    first_published_at varchar,  -- the earliest dated member's articles.published_at
    content varchar not null,  -- the first appearance's wording
    n_members integer not null,
    n_articles integer not null,
    n_outlets integer not null
);

-- An attribution with two speakers is a member of one cluster per speaker.
create table if not exists claim_members (
    cluster_id varchar not null,
    attribution_id varchar not null,
    similarity double not null,  -- shingle similarity to the cluster's first appearance
    primary key (cluster_id, attribution_id)
);

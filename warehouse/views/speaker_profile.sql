-- A speaker's profile: how often, in which outlets and articles, between which dates, and aliases.
with said as (
    select * from who_said_what where speaker_id is not null
),

per_speaker as (
    select
        speaker_id,
        count(*) as n_attributions,
        count(distinct cluster_id) as n_claims,
        count(distinct article_id) as n_articles,
        count(distinct outlet) as n_outlets,
        list(distinct outlet order by outlet) filter (where outlet is not null) as outlets,
        list(distinct article_id order by article_id) as article_ids,
        min(published_ts) as first_seen,
        max(published_ts) as last_seen
    from said
    group by speaker_id
),

alias_lists as (
    select
        speaker_id,
        list(alias order by n_attributions desc, alias) as aliases
    from speaker_aliases
    group by speaker_id
),

final as (
    select
        s.speaker_id,
        s.name,
        s.speaker_type,
        coalesce(al.aliases, []) as aliases,
        coalesce(p.n_attributions, 0) as n_attributions,
        coalesce(p.n_claims, 0) as n_claims,
        coalesce(p.n_articles, 0) as n_articles,
        coalesce(p.n_outlets, 0) as n_outlets,
        coalesce(p.outlets, []) as outlets,
        coalesce(p.article_ids, []) as article_ids,
        p.first_seen,
        p.last_seen
    from speakers as s
    left join per_speaker as p using (speaker_id)
    left join alias_lists as al using (speaker_id)
    order by n_attributions desc, s.name
)

select * from final

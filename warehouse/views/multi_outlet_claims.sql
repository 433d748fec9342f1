-- Claims reported by two or more outlets: one row per report, the wordings side by side.
with shared as (
    select * from claim_clusters where n_outlets >= 2
),

reports as (
    select
        w.cluster_id,
        w.similarity,
        w.speaker_id,
        w.speaker_name,
        w.outlet,
        w.article_id,
        w.url,
        w.published_at,
        w.published_ts,
        w.content as wording,
        w.attribution_id
    from who_said_what as w
    where w.cluster_id is not null
),

final as (
    select
        shared.cluster_id,
        r.speaker_id,
        r.speaker_name,
        shared.n_outlets,
        shared.n_members,
        shared.first_published_at,
        r.attribution_id = shared.first_attribution_id as is_first_appearance,
        r.outlet,
        r.published_at,
        r.article_id,
        r.url,
        r.wording,
        r.similarity,
        r.attribution_id
    from shared
    inner join reports as r using (cluster_id)
    order by shared.n_outlets desc, shared.cluster_id, r.published_ts nulls last, r.outlet
)

select * from final
